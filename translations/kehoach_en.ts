<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
    <context>
        <name>ActivityController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/activity_controller.py" line="+65" />
            <source>Đã ghi hoạt động ngày {date} của {hamlet} kèm {photos} ảnh.</source>
            <translation>Logged the activity of {date} in {hamlet} with {photos} photo(s).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã ghi hoạt động ngày {date} của {hamlet}.</source>
            <translation>Logged the activity of {date} in {hamlet}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lỗi: {error}</source>
            <translation>Error: {error}</translation>
        </message>
    </context>
    <context>
        <name>ActivityLogPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/activity_log.py" line="+54" />
            <source>Nhật ký Tổ CNSCĐ</source>
            <translation>Community tech team log</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hoạt động của các Tổ công nghệ số cộng đồng: ngày, ấp, hình thức, số người được tiếp cận, ý kiến người dân và việc chuyển ý kiến, ảnh minh chứng.</source>
            <translation>The community technology teams' activities: date, hamlet, kind, people reached, residents' feedback and whether it was passed on, photos as evidence.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+137" />
            <source>Tất cả các ấp</source>
            <translation>All hamlets</translation>
        </message>
        <message>
            <location line="-135" />
            <source>Mọi hình thức</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tìm trong nội dung, địa điểm, ý kiến…</source>
            <translation>Search description, place, feedback…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Ấp:</source>
            <translation>Hamlet:</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Từ</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ghi hoạt động mới…</source>
            <translation>Log an activity…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Ghi hoạt động của Tổ CNSCĐ</source>
            <translation>Log a community tech team activity</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hoạt động mới</source>
            <translation>New activity</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã làm gì, cho ai (bắt buộc)</source>
            <translation>What was done, for whom (required)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tổ trưởng, 2 tổ viên…</source>
            <translation>Team leader, 2 members…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ý kiến, kiến nghị của người dân (nếu có)</source>
            <translation>Residents' comments and requests (if any)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã chuyển ý kiến đến cơ quan liên quan</source>
            <translation>Feedback passed on to the office concerned</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thêm ảnh…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ ảnh</source>
            <translation>Remove photo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ngày:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hình thức:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa điểm:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thành viên:</source>
            <translation>Members:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người:</source>
            <translation>People reached:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ý kiến:</source>
            <translation>Feedback:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ảnh:</source>
            <translation>Photos:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lưu và ghi tiếp</source>
            <translation>Save and log another</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Chưa có hoạt động nào theo bộ lọc này. Đổi khoảng ngày, hoặc bấm “Ghi hoạt động mới…” để ghi.</source>
            <translation>No activities match these filters. Change the dates, or click “Log an activity…” to add one.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{count} hoạt động, {people} lượt người được tiếp cận</source>
            <translation>{count} activities, {people} people reached</translation>
        </message>
        <message>
            <location line="-89" />
            <source>Chọn ảnh minh chứng</source>
            <translation>Choose evidence photos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ảnh (*.jpg *.jpeg *.png *.heic);;Mọi tệp (*)</source>
            <translation>Photos (*.jpg *.jpeg *.png *.heic);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="+398" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hình thức</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa điểm</source>
            <translation>Place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người</source>
            <translation>People</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ý kiến người dân</source>
            <translation>Residents' feedback</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ảnh</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location line="+8" />
            <source> (đã chuyển)</source>
            <translation> (passed on)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (chưa chuyển)</source>
            <translation> (not passed on)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Thành viên: {members}</source>
            <translation>Members: {members}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ý kiến: {feedback}</source>
            <translation>Feedback: {feedback}</translation>
        </message>
    </context>
    <context>
        <name>ConflictFieldsModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="+162" />
            <source>có</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trường</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản trên máy này</source>
            <translation>On this computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản trong gói</source>
            <translation>In the package</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <location line="-30" />
            <source>Bản ghi</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phát hiện lúc</source>
            <translation>Found at</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/dashboard_controller.py" line="+23" />
            <source>{commune} — {plan}. Tình hình đến ngày {date}.</source>
            <translation>{commune} — {plan}. Situation as of {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{commune}: chưa có kế hoạch. Nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”.</source>
            <translation>{commune}: no plan yet. Import the plan on the “Plan &amp; tasks” page.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{done} hoàn thành, {open} đang theo dõi</source>
            <translation>{done} done, {open} being followed</translation>
        </message>
        <message>
            <location line="+6" />
            <source>không có</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} nhiệm vụ khác chậm tiến độ</source>
            <translation>{count} more behind schedule</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cần đôn đốc ngay</source>
            <translation>need chasing now</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{missed} chưa đạt, {unjudged} chưa có số liệu hoặc định tính</source>
            <translation>{missed} not met, {unjudged} without figures or qualitative</translation>
        </message>
        <message>
            <location line="+10" />
            <source>mục tiêu {target}; cách tính: {method}</source>
            <translation>target {target}; computed as {method}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>chưa có số liệu</source>
            <translation>no figures yet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} loại cảnh báo</source>
            <translation>{count} kinds of warning</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không có cảnh báo</source>
            <translation>no warnings</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dashboard.py" line="+197" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Đang tải dữ liệu…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nhiệm vụ của kế hoạch</source>
            <translation>Tasks in the plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhiệm vụ quá hạn, chưa hoàn thành</source>
            <translation>Tasks overdue, not done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu đã đạt</source>
            <translation>Targets met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ người dân có VNeID (toàn xã)</source>
            <translation>Residents with VNeID (whole commune)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo đỏ</source>
            <translation>Red warnings</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Tỷ lệ theo ấp (mục tiêu: VNeID ≥ {vneid}%, hộ KDTM ≥ {cashless}%)</source>
            <translation>Rates by hamlet (targets: VNeID ≥ {vneid}%, cashless households ≥ {cashless}%)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chỉ tiêu: mục tiêu và hiện tại</source>
            <translation>Targets: goal and current value</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cảnh báo</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tất cả các loại</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Việc đến hạn trong 7 ngày tới</source>
            <translation>Due in the next 7 days</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../kehoach_desktop/qt/app.py" line="+273" />
            <source>Lỗi: {error}</source>
            <translation>Error: {error}</translation>
        </message>
    </context>
    <context>
        <name>DestinationDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="+275" />
            <source>Thêm nơi gửi</source>
            <translation>Add a destination</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cũng nhận gói dữ liệu từ nơi này</source>
            <translation>Also receive data packages from here</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên đăng nhập</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>DestinationTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-71" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tài khoản</source>
            <translation>Account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận gói</source>
            <translation>Receives packages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang chờ</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location line="+6" />
            <source>trong kho mật khẩu</source>
            <translation>in the keyring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>biến môi trường</source>
            <translation>environment variable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>chưa có</source>
            <translation>missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không cần</source>
            <translation>not needed</translation>
        </message>
        <message>
            <location line="+9" />
            <source>có</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location line="+11" />
            <source>Máy</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dấu vân tay</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tình trạng</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận gói gần nhất</source>
            <translation>Last package received</translation>
        </message>
        <message>
            <location line="+6" />
            <source>đã thay bằng máy khác</source>
            <translation>replaced by another computer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tin cậy</source>
            <translation>trusted</translation>
        </message>
    </context>
    <context>
        <name>DialogParts</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dialog_parts.py" line="+11" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DueItemModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-315" />
            <source>Việc</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="+90" />
            <source>Không có dòng nào khớp với “{text}”. Xóa ô tìm kiếm để xem tất cả.</source>
            <translation>Nothing matches “{text}”. Clear the search box to see everything.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/first_run_controller.py" line="+63" />
            <source>Chọn tệp kế hoạch của xã (Word hoặc Excel)</source>
            <translation>Choose the commune's plan file (Word or Excel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</source>
            <translation>Plans (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/first_run.py" line="+35" />
            <source>Bắt đầu dùng Kế hoạch CĐS</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Chào mừng! Bắt đầu thế nào?</source>
            <translation>Welcome! How would you like to start?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ứng dụng đang mở dữ liệu mẫu của xã Tà Lài để anh/chị xem thử. Chọn một cách bắt đầu; đổi ý lúc nào cũng được (nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”, sửa thông tin xã ở “Cài đặt”).</source>
            <translation>The app has opened the demo data of Tà Lài commune for you to try out. Choose how to start; you can change your mind at any time (import the plan on the “Plan &amp; tasks” page, edit the commune in “Settings”).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dùng dữ liệu mẫu để làm quen</source>
            <translation>Explore with the demo data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xem thử các trang với xã Tà Lài; dữ liệu mẫu được thay khi nhập kế hoạch.</source>
            <translation>Try every page with Tà Lài commune; the demo is replaced when you import your plan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nhập kế hoạch của xã từ tệp Word/Excel…</source>
            <translation>Import the commune's plan from a Word/Excel file…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chọn tệp kế hoạch (.docx, .xlsx); xem trước mọi dòng trước khi ghi. Dữ liệu mẫu được thay bằng kế hoạch của xã.</source>
            <translation>Choose the plan file (.docx, .xlsx) and preview every row before anything is written. The demo is replaced by the commune's plan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tạo xã mới và nhập tay</source>
            <translation>Create a new commune and enter it by hand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập tên xã, cơ quan ban hành, người ký; nhiệm vụ và chỉ tiêu nhập sau.</source>
            <translation>Enter the commune name, issuing body and signer; tasks and targets come later.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kế hoạch không có danh sách ấp: sau khi nhập kế hoạch hoặc tạo xã, khai báo các ấp và số dân ở Cài đặt → Ấp và số liệu.</source>
            <translation>Plans do not list the hamlets: after importing the plan or creating the commune, set up the hamlets and their population in Settings → Hamlets and figures.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Tạo xã mới</source>
            <translation>New commune</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dữ liệu mẫu (xã Tà Lài) sẽ bị xóa và thay bằng xã mới; một bản sao lưu được tạo trước.</source>
            <translation>The demo data (Tà Lài commune) will be deleted and replaced by the new commune; a backup is made first.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>UBND XÃ …</source>
            <translation>e.g. UBND XÃ … (printed in Vietnamese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CHỦ TỊCH</source>
            <translation>e.g. CHỦ TỊCH (chairman)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>◀ Quay lại</source>
            <translation>◀ Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạo xã</source>
            <translation>Create commune</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hãy nhập tên xã.</source>
            <translation>Please enter the commune name.</translation>
        </message>
    </context>
    <context>
        <name>HamletDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/settings_page.py" line="+319" />
            <source>Thêm ấp</source>
            <translation>Add a hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đổi tên ấp</source>
            <translation>Rename the hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật số liệu của ấp</source>
            <translation>Update the hamlet's figures</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ví dụ: Ấp Bàu Sen</source>
            <translation>for example: Ấp Bàu Sen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tên ấp</source>
            <translation>Hamlet name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên mới</source>
            <translation>New name</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Dân số</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người từ 14 tuổi</source>
            <translation>People aged 14 and over</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Households</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số tài khoản VNeID đã có (số liệu nền)</source>
            <translation>VNeID accounts already held (baseline)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Số hộ đã thanh toán không dùng tiền mặt (số liệu nền)</source>
            <translation>Households already paying cashless (baseline)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>để trống nếu chưa có</source>
            <translation>leave empty if not known yet</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tỷ lệ = số liệu nền + số đăng ký hằng tuần ghi sau ngày của số liệu nền (để nguyên thì số liệu nền giữ ngày cũ).</source>
            <translation>Rate = baseline + the weekly registrations logged after the baseline's date (left unchanged, a baseline keeps its old date).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Số liệu tính đến ngày</source>
            <translation>Figures as of</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cùng ngày thì số liệu được sửa lại; ngày khác thì thêm số liệu mới, số liệu cũ vẫn dùng cho các kỳ trước ngày đó.</source>
            <translation>The same date corrects those figures; another date adds new figures, and the old ones still count for the periods before that date.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Hãy nhập tên ấp.</source>
            <translation>Please enter the hamlet name.</translation>
        </message>
    </context>
    <context>
        <name>HamletListDialog</name>
        <message>
            <location line="+29" />
            <source>Nhập danh sách ấp</source>
            <translation>Import a hamlet list</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Số liệu tính đến ngày</source>
            <translation>Figures as of</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sẽ làm gì</source>
            <translation>What will happen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ 14 tuổi</source>
            <translation>Aged 14+</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Households</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID (nền)</source>
            <translation>VNeID (baseline)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (nền)</source>
            <translation>Cashless hh. (baseline)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ghi vào kho</source>
            <translation>Write to the store</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>thêm mới</source>
            <translation>add</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cập nhật số liệu</source>
            <translation>update figures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>không đổi</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tệp “{file}”: {total} ấp — {added} ấp mới, {updated} ấp cập nhật số liệu, {unchanged} ấp không đổi. Một bản sao lưu được tạo trước khi ghi.</source>
            <translation>File “{file}”: {total} hamlets — {added} new, {updated} with updated figures, {unchanged} unchanged. A backup is made before writing.</translation>
        </message>
    </context>
    <context>
        <name>HamletRateChart</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dashboard.py" line="-149" />
            <source>VNeID (% dân số)</source>
            <translation>VNeID (% of population)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (% số hộ)</source>
            <translation>Cashless households (% of households)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mục tiêu VNeID {target}%</source>
            <translation>VNeID target {target}%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mục tiêu KDTM {target}%</source>
            <translation>Cashless target {target}%</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hộ thanh toán không dùng tiền mặt</source>
            <translation>Households paying cashless</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chưa có số liệu</source>
            <translation>no figures yet</translation>
        </message>
    </context>
    <context>
        <name>HamletTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="+305" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Households</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID mới</source>
            <translation>New VNeID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ VNeID</source>
            <translation>VNeID rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ DVCTT</source>
            <translation>Online applications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM mới</source>
            <translation>New cashless households</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ hộ KDTM</source>
            <translation>Cashless rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần gửi gần nhất</source>
            <translation>Last week sent</translation>
        </message>
        <message>
            <location line="+16" />
            <source>chưa gửi</source>
            <translation>none sent</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lũy kế {total} (gồm số liệu nền {base}); ghi nhận mới trong năm {new}</source>
            <translation>Cumulative {total} (including the baseline {base}); newly recorded this year {new}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/import_dialog.py" line="+50" />
            <source>Nhập kế hoạch từ tệp — xem trước</source>
            <translation>Import a plan from a file — preview</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Chỉ hiện các dòng mới, cập nhật, không còn trong tệp</source>
            <translation>Show only rows that are new, updated or no longer in the file</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Ghi vào kho</source>
            <translation>Write to the store</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{new} mới, {updated} cập nhật, {unchanged} không đổi</source>
            <translation>{new} new, {updated} updated, {unchanged} unchanged</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {removed} không còn trong tệp</source>
            <translation>, {removed} no longer in the file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>kế hoạch mới</source>
            <translation>new plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cập nhật kế hoạch đã có</source>
            <translation>updates the existing plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>không đổi</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location line="+6" />
            <source>chưa có số</source>
            <translation>no number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tệp “{file}”: kế hoạch năm {year} ({number}) — {action}</source>
            <translation>File “{file}”: plan for {year} ({number}) — {action}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Trích yếu: {title}</source>
            <translation>Subject: {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kho đang chứa dữ liệu mẫu (xã Tà Lài): dữ liệu mẫu sẽ được thay bằng kế hoạch này; bản sao lưu được tạo trước khi ghi.</source>
            <translation>The store holds the demo data (Tà Lài commune): it will be replaced by this plan; a backup is made before writing.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kho dữ liệu chưa có xã: sẽ tạo xã {commune} từ phần đầu văn bản (cơ quan ban hành “{body}”, địa danh “{place}”); sửa được trong Cài đặt.</source>
            <translation>The store has no commune yet: commune {commune} will be created from the document heading (issuing body “{body}”, place “{place}”); you can edit it in Settings.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>chưa rõ</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kế hoạch của xã {in_file}, còn kho dữ liệu là của xã {commune}: sẽ nhập thành một kế hoạch riêng.</source>
            <translation>The plan is for commune {in_file} but the store belongs to commune {commune}: it will be imported as a separate plan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Xã: {commune}</source>
            <translation>Commune: {commune}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kế hoạch — {field}: “{old}” → “{new}”</source>
            <translation>Plan — {field}: “{old}” → “{new}”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nhiệm vụ: {counts}.</source>
            <translation>Tasks: {counts}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chỉ tiêu: {counts}.</source>
            <translation>Targets: {counts}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Đơn vị sẽ thêm vào danh mục ({count}): {units}</source>
            <translation>Units to be added to the list ({count}): {units}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nhiệm vụ và chỉ tiêu ({count})</source>
            <translation>Tasks and targets ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo ({count})</source>
            <translation>Warnings ({count})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kho dữ liệu đã có đúng kế hoạch này: không có gì để ghi.</source>
            <translation>The store already holds exactly this plan: nothing to write.</translation>
        </message>
    </context>
    <context>
        <name>ImportRowModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/import_models.py" line="+28" />
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay đổi</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vị trí trong tệp</source>
            <translation>Place in the file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>ImportWarningModel</name>
        <message>
            <location line="+26" />
            <source>Bảng</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cột</source>
            <translation>Column</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo</source>
            <translation>Warning</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="-99" />
            <source>STT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hiện tại</source>
            <translation>Current</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cách tính</source>
            <translation>How it is computed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đánh giá</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị theo dõi</source>
            <translation>Responsible unit</translation>
        </message>
    </context>
    <context>
        <name>MainController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/main_controller.py" line="+98" />
            <source>Lần đầu mở: đã tạo dữ liệu mẫu xã Tà Lài tại {folder}</source>
            <translation>First start: created the demo data of Tà Lài commune in {folder}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Không sao lưu được dữ liệu hôm nay: {error}</source>
            <translation>Today's backup of the data could not be made: {error}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Kế hoạch CĐS
{commune}</source>
            <translation>Digital transformation plan
{commune}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kế hoạch số {number}: {title}</source>
            <translation>Plan no. {number}: {title}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Số liệu tính đến ngày {date}. Chỉ tiêu tính từ số liệu ấp được cập nhật theo số liệu tuần; các chỉ tiêu khác theo số liệu nhập từng kỳ.</source>
            <translation>Figures as of {date}. Targets computed from hamlet figures follow the weekly counts; the others follow the figures entered each period.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Số liệu tuần của các Tổ CNSCĐ; tuần đã duyệt bị khóa. Lũy kế đến ngày {date}: tỷ lệ VNeID = (số tài khoản tại ngày số liệu nền + số đăng ký mới từ đó) / dân số.</source>
            <translation>The community tech teams' weekly figures; accepted weeks are locked. Cumulative to {date}: VNeID rate = (accounts at the baseline date + new registrations since) / population.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kho dữ liệu: {folder} (dữ liệu mẫu)</source>
            <translation>Data store: {folder} (demo data)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kho dữ liệu: {folder}</source>
            <translation>Data store: {folder}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lỗi: {error}</source>
            <translation>Error: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Không mở được dữ liệu</source>
            <translation>Could not open the data</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/main_window.py" line="+94" />
            <source>Cập nhật tiến độ…</source>
            <translation>Update progress…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ghi trạng thái, tiến độ, minh chứng của nhiệm vụ đang chọn (hoặc nháy đúp)</source>
            <translation>Record the status, progress and evidence of the selected task (or double-click it)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Đang mở kho dữ liệu…</source>
            <translation>Opening the data store…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.ui" line="+9" />
            <source>Kế hoạch CĐS Desktop</source>
            <translation>Kế hoạch CĐS Desktop (digital transformation plan)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kế hoạch CĐS</source>
            <translation>Digital transformation plan</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/main_window.py" line="-39" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch &amp; nhiệm vụ</source>
            <translation>Plan &amp; tasks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số liệu ấp</source>
            <translation>Hamlet figures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhật ký Tổ CNSCĐ</source>
            <translation>Community tech team log</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số liệu tuần của ấp</source>
            <translation>Hamlet's weekly figures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhật ký của Tổ</source>
            <translation>Team log</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phiếu tháng</source>
            <translation>Monthly sheet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi dữ liệu</source>
            <translation>Send data</translation>
        </message>
    </context>
    <context>
        <name>OutboxTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-97" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nơi nhận</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần thử</source>
            <translation>Tries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do / ghi chú</source>
            <translation>Reason / note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đưa vào lúc</source>
            <translation>Queued at</translation>
        </message>
        <message>
            <location line="+8" />
            <source>đã gửi {time}</source>
            <translation>sent {time}</translation>
        </message>
    </context>
    <context>
        <name>PackageLogModel</name>
        <message>
            <location line="+183" />
            <source>Lúc</source>
            <translation>At</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chiều</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản ghi</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xung đột</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ chối</source>
            <translation>Rejected</translation>
        </message>
    </context>
    <context>
        <name>PackagePreviewDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="-88" />
            <source>Xem trước gói {file}</source>
            <translation>Package preview: {file}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Máy gửi: dấu vân tay {fingerprint}</source>
            <translation>Sent by the computer with fingerprint {fingerprint}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mới: &lt;b&gt;{new}&lt;/b&gt; · Cập nhật: &lt;b&gt;{updated}&lt;/b&gt; · Không đổi: &lt;b&gt;{unchanged}&lt;/b&gt; · Xung đột: &lt;b&gt;{conflicts}&lt;/b&gt; · Từ chối: &lt;b&gt;{rejected}&lt;/b&gt;</source>
            <translation>New: &lt;b&gt;{new}&lt;/b&gt; · Updated: &lt;b&gt;{updated}&lt;/b&gt; · Unchanged: &lt;b&gt;{unchanged}&lt;/b&gt; · Conflicts: &lt;b&gt;{conflicts}&lt;/b&gt; · Rejected: &lt;b&gt;{rejected}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Gói này đã được nhập trước đây; nhập lại không thay đổi gì.</source>
            <translation>This package was imported before; importing it again changes nothing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xung đột</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ chối</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hiện:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Áp dụng</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PlanController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/plan_controller.py" line="+68" />
            <source>Chọn tệp kế hoạch (Word hoặc Excel)</source>
            <translation>Choose the plan file (Word or Excel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</source>
            <translation>Plans (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Đang đọc {file}…</source>
            <translation>Reading {file}…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Đang ghi kế hoạch từ {file}…</source>
            <translation>Writing the plan from {file}…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đã nhập {file}: nhiệm vụ {tasks_new} mới, {tasks_updated} cập nhật; chỉ tiêu {indicators_new} mới, {indicators_updated} cập nhật.</source>
            <translation>Imported {file}: tasks {tasks_new} new, {tasks_updated} updated; targets {indicators_new} new, {indicators_updated} updated.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Xuất kế hoạch ra Excel</source>
            <translation>Export the plan to Excel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Đang xuất {file}…</source>
            <translation>Exporting {file}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đã xuất kế hoạch ({tasks} nhiệm vụ, {indicators} chỉ tiêu) ra {path}</source>
            <translation>Exported the plan ({tasks} tasks, {indicators} targets) to {path}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Không nhập/xuất được kế hoạch</source>
            <translation>Could not import/export the plan</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/report_page.py" line="+112" />
            <source>Chọn kỳ báo cáo rồi bấm “Xem trước” để xem các trang như khi in.</source>
            <translation>Choose the reporting period, then click “Preview” to see the pages as they will print.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trang {number}</source>
            <translation>Page {number}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-42" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản ghi</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú / thay đổi</source>
            <translation>Note / changes</translation>
        </message>
    </context>
    <context>
        <name>RegisterDeviceDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="+48" />
            <source>Đăng ký máy của ấp</source>
            <translation>Register a hamlet's computer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ed25519:… (dòng Khóa công khai trên máy của ấp)</source>
            <translation>ed25519:… (the “Khóa công khai” line on the hamlet's computer)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sau khi đăng ký, đọc lại dấu vân tay với tổ trưởng qua điện thoại để chắc đúng máy.</source>
            <translation>After registering, read the fingerprint back to the team leader over the phone to be sure it is the right computer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khóa công khai</source>
            <translation>Public key</translation>
        </message>
    </context>
    <context>
        <name>ReportController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/report_controller.py" line="+37" />
            <source>Tệp PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tài liệu Word (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Hộp thư đi chưa có trong phiên bản này.</source>
            <translation>The outbox is not available in this version.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ký số chưa có trong phiên bản này.</source>
            <translation>Digital signing is not available in this version.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Bấm “Xem trước” để xem các trang của báo cáo.</source>
            <translation>Click “Preview” to see the report's pages.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Đang đọc danh sách ấp…</source>
            <translation>Reading the list of hamlets…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đang đọc số liệu của kỳ báo cáo…</source>
            <translation>Reading the period's figures…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Phiếu tháng: mỗi ấp một trang, gồm số liệu tuần, hoạt động, tỷ lệ.</source>
            <translation>Monthly sheet: one page per hamlet with weekly figures, activities and rates.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{period}: số liệu từ {start} đến {end}</source>
            <translation>{period}: figures from {start} to {end}</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+88" />
            <source>số để trống</source>
            <translation>number left blank</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Đã lưu ({number}).</source>
            <translation>Saved ({number}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chưa lưu: số và nội dung sẽ được lưu khi bấm Lưu hoặc khi xuất tệp.</source>
            <translation>Not saved yet: the number and texts are saved when you click Save or export a file.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Khôi phục nội dung gợi ý</source>
            <translation>Restore the suggested text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay nội dung anh/chị đã soạn ở thẻ “{tab}” bằng nội dung gợi ý?</source>
            <translation>Replace the text you wrote on the “{tab}” tab with the suggested text?</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Đã lưu báo cáo {period} ({number}).</source>
            <translation>Saved the report for {period} ({number}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đang lưu…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Đang hiển thị các trang…</source>
            <translation>Rendering the pages…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Đang dàn trang để xem trước…</source>
            <translation>Laying out the pages for the preview…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Xem trước: {count} trang.</source>
            <translation>Preview: {count} page(s).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang dàn trang…</source>
            <translation>Laying out…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Xuất báo cáo</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đã ghi {path}</source>
            <translation>Wrote {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đang ghi tệp {format}…</source>
            <translation>Writing the {format} file…</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+175" />
            <source>Báo cáo</source>
            <translation>Report</translation>
        </message>
        <message>
            <location line="-173" />
            <source>In báo cáo</source>
            <translation>Print the report</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đã gửi {count} trang tới máy in.</source>
            <translation>Sent {count} page(s) to the printer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đang chuẩn bị trang in…</source>
            <translation>Preparing the pages to print…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Đang đọc danh sách nơi gửi…</source>
            <translation>Reading the destinations…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tất cả các nơi gửi</source>
            <translation>All destinations</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm vào hộp thư đi</source>
            <translation>Add to the outbox</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi báo cáo tới:</source>
            <translation>Send the report to:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Đã thêm {file}.</source>
            <translation>Added {file}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đang thêm vào hộp thư đi…</source>
            <translation>Adding to the outbox…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Chọn tệp chứng thư số</source>
            <translation>Choose the certificate file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chứng thư số (*.p12 *.pfx)</source>
            <translation>Certificates (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ký số</source>
            <translation>Digital signature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập {secret}:</source>
            <translation>Enter the {secret}:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Lưu báo cáo đã ký</source>
            <translation>Save the signed report</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Đã ký số: {path}</source>
            <translation>Signed: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang ký số…</source>
            <translation>Signing…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Lỗi: {error}</source>
            <translation>Error: {error}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Không mở được máy in.</source>
            <translation>Could not open the printer.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/report_page.py" line="-91" />
            <source>Tháng</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng</source>
            <translation>Half-year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+7" />
            <source>III. Tồn tại, hạn chế</source>
            <translation>III. Shortcomings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tồn tại, hạn chế và nguyên nhân…</source>
            <translation>Shortcomings and their causes…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>IV. Phương hướng</source>
            <translation>IV. Directions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phương hướng, nhiệm vụ kỳ tới…</source>
            <translation>Directions and tasks for the next period…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>V. Đề xuất, kiến nghị</source>
            <translation>V. Proposals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đề xuất, kiến nghị với cấp trên…</source>
            <translation>Proposals and requests to higher levels…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tháng {month}</source>
            <translation>Month {month}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quý {quarter}</source>
            <translation>Quarter {quarter}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>6 tháng đầu năm</source>
            <translation>First half</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng cuối năm</source>
            <translation>Second half</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cả năm</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Báo cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP và phiếu tháng của Tổ công nghệ số cộng đồng: xem trước, in, xuất PDF/Word/Excel.</source>
            <translation>Periodic reports in the format of Decree 30/2020/ND-CP and the community tech teams' monthly sheets: preview, print, export to PDF/Word/Excel.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Loại và kỳ báo cáo</source>
            <translation>Report type and period</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Báo cáo định kỳ (Nghị định 30)</source>
            <translation>Periodic report (Decree 30)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+219" />
            <source>Phiếu tháng của Tổ CNSCĐ</source>
            <translation>Community tech team's monthly sheet</translation>
        </message>
        <message>
            <location line="-206" />
            <source>Kỳ theo lịch (thay vì Nghị định 09/2019/NĐ-CP)</source>
            <translation>Calendar periods (instead of Decree 09/2019/ND-CP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nghị định 09/2019: tháng tính từ ngày 15 tháng trước đến ngày 14; quý I từ 15/12 đến 14/3… Theo lịch: từ ngày 1 đến cuối tháng, cuối quý.</source>
            <translation>Decree 09/2019: a month runs from the 15th of the previous month to the 14th; Q1 from 15/12 to 14/3… Calendar: from the 1st to the end of the month or quarter.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Tất cả các ấp (mỗi ấp một trang)</source>
            <translation>All hamlets (one page each)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp:</source>
            <translation>Hamlet:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Số, ngày và người ký</source>
            <translation>Number, date and signer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số</source>
            <translation>Number</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Để trống cho văn thư</source>
            <translation>Leave blank for the clerk</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Số báo cáo:</source>
            <translation>Report number:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Để trống ngày</source>
            <translation>Leave the date blank</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ngày ký:</source>
            <translation>Date signed:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>KT. CHỦ TỊCH (để trống nếu Chủ tịch ký)</source>
            <translation>KT. CHỦ TỊCH (blank if the chairman signs)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PHÓ CHỦ TỊCH</source>
            <translation>PHÓ CHỦ TỊCH (vice-chairman)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thẩm quyền ký:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chức vụ:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người ký:</source>
            <translation>Signer:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mỗi dòng một nơi nhận</source>
            <translation>One recipient per line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nơi nhận:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Căn cứ (chọn các dòng đưa vào báo cáo)</source>
            <translation>Legal bases (tick the lines to include)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nội dung do cán bộ soạn (mục III–V)</source>
            <translation>The officer's own text (sections III–V)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ứng dụng gợi ý nội dung từ số liệu; sửa lại cho đúng thực tế. Mỗi dòng một đoạn; dòng bắt đầu bằng “-” là một ý gạch đầu dòng.</source>
            <translation>The app suggests text from the figures; correct it to match reality. One paragraph per line; a line starting with “-” is a bullet point.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Khôi phục nội dung gợi ý</source>
            <translation>Restore the suggested text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thay nội dung của thẻ đang mở bằng nội dung ứng dụng gợi ý</source>
            <translation>Replace the open tab's text with the app's suggestion</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lưu số, ngày, người ký và nội dung của báo cáo kỳ này</source>
            <translation>Save this period's report number, date, signer and texts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xem trước</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ký số…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất Word…</source>
            <translation>Export Word…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thêm vào hộp thư đi</source>
            <translation>Add to the outbox</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Số liệu tuần, hoạt động và tỷ lệ của ấp trong tháng: xem trước, in, xuất PDF, thêm vào hộp thư đi để gửi về xã.</source>
            <translation>The hamlet's weekly figures, activities and rates for the month: preview, print, export to PDF, add to the outbox to send to the commune.</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/settings_controller.py" line="+150" />
            <source>Hãy chọn một đơn vị trong bảng trước.</source>
            <translation>Select a unit in the table first.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Hãy chọn một bản sao lưu trong danh sách trước.</source>
            <translation>Select a backup in the list first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Khôi phục dữ liệu</source>
            <translation>Restore data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{file}?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục.</source>
            <translation>Replace all the current data with the backup
{file}?

The current data is backed up before the restore.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Hãy chọn một ấp trong bảng trước.</source>
            <translation>Please choose a hamlet in the table first.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Bỏ ấp</source>
            <translation>Remove hamlet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bỏ {hamlet} khỏi danh sách ấp của xã?

Ấp chưa có số liệu tuần hay nhật ký nào; số liệu dân cư của ấp được giữ trong kho.</source>
            <translation>Remove {hamlet} from the commune's hamlets?

The hamlet has no weekly figures and no log entries; its population figures are kept in the store.</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Chọn tệp danh sách ấp (Excel hoặc CSV)</source>
            <translation>Choose the hamlet list file (Excel or CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Danh sách ấp (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</source>
            <translation>Hamlet list (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Không thực hiện được</source>
            <translation>Could not do that</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/settings_page.py" line="-454" />
            <source>Tên xã</source>
            <translation>Commune name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỉnh/thành phố</source>
            <translation>Province/city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan ban hành (in trên văn bản)</source>
            <translation>Issuing body (printed on documents)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan chủ quản (nếu có)</source>
            <translation>Parent body (if any)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa danh ghi ngày tháng</source>
            <translation>Place name in the date line</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thẩm quyền ký (TM./KT.)</source>
            <translation>Signing authority (TM./KT.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chức vụ người ký</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ và tên người ký</source>
            <translation>Signer's full name</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thông tin dùng để in báo cáo và đối chiếu kế hoạch. Bấm “Lưu cài đặt” sau khi sửa.</source>
            <translation>Used to print reports and match plans. Click “Save settings” after editing.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Theo Nghị định 09/2019 (ngày 15 tháng trước – 14)</source>
            <translation>Decree 09/2019 (15th of the previous month – 14th)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theo tháng, quý dương lịch</source>
            <translation>Calendar months and quarters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kỳ số liệu báo cáo</source>
            <translation>Reporting windows</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ứng dụng tự đánh số theo năm</source>
            <translation>The app numbers reports per year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Để trống cho văn thư điền</source>
            <translation>Left blank for the clerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số văn bản</source>
            <translation>Document numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+4" />
            <source>trước ngày </source>
            <translation>before day </translation>
        </message>
        <message>
            <location line="-3" />
            <source>Hạn báo cáo tháng</source>
            <translation>Monthly report deadline</translation>
        </message>
        <message>
            <location line="+4" />
            <source> của tháng cuối quý</source>
            <translation> of the quarter's last month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hạn báo cáo quý</source>
            <translation>Quarterly report deadline</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nơi nhận (mỗi dòng một nơi)</source>
            <translation>Recipients (one per line)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Xã và người ký</source>
            <translation>Commune and signer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp và số liệu</source>
            <translation>Hamlets and figures</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên viết tắt</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên gọi khác (trong kế hoạch)</source>
            <translation>Other names (in plans)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tên gọi khác của đơn vị đang chọn, ví dụ “Phòng VHXXH”</source>
            <translation>Another name of the selected unit, e.g. “Phòng VHXXH”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm tên gọi khác</source>
            <translation>Add other name</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đơn vị</source>
            <comment>tab: the list of units</comment>
            <translation>Units</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thời điểm</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khôi phục bản đã chọn…</source>
            <translation>Restore the selected backup…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sao lưu</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đổi ngôn ngữ giao diện; áp dụng ngay, không cần bấm Lưu cài đặt.</source>
            <translation>Change the interface language; applied at once, no need to click Save settings.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lưu cài đặt</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Kế hoạch của xã không có danh sách ấp: thêm từng ấp, hoặc nhập danh sách từ tệp Excel có các cột Ấp, Dân số, Từ 14 tuổi, Số hộ (và nếu có: Số tài khoản VNeID, Hộ KDTM). Dân số, số người từ 14 tuổi và số hộ là mẫu số khi tính tỷ lệ; số liệu nền cộng với số đăng ký hằng tuần ghi sau ngày của nó. Thay đổi ở đây được lưu ngay.</source>
            <translation>The commune's plan has no list of hamlets: add them one by one, or import a list from an Excel file with the columns Ấp, Dân số, Từ 14 tuổi, Số hộ (and, if known: Số tài khoản VNeID, Hộ KDTM). Population, people aged 14+ and households are the denominators of the rates; a baseline is added to the weekly registrations logged after its date. Changes here are saved at once.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Số tài khoản VNeID đã có tính đến ngày của số liệu (số liệu nền)</source>
            <translation>VNeID accounts already held as of the figures' date (baseline)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số hộ đã thanh toán không dùng tiền mặt tính đến ngày của số liệu (số liệu nền)</source>
            <translation>Households already paying cashless as of the figures' date (baseline)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Chưa có ấp nào. Bấm “Thêm ấp…” hoặc “Nhập danh sách từ Excel…”.</source>
            <translation>No hamlets yet. Click “Add hamlet…” or “Import list from Excel…”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thêm ấp…</source>
            <translation>Add hamlet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đổi tên…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật số liệu…</source>
            <translation>Update figures…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ ấp</source>
            <translation>Remove hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ CNSCĐ…</source>
            <translation>Digital team…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tổ công nghệ số cộng đồng của ấp đang chọn: thành viên, vai trò, điện thoại</source>
            <translation>The chosen hamlet's community digital technology team: members, roles, phones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhập danh sách từ Excel…</source>
            <translation>Import list from Excel…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ 14 tuổi</source>
            <translation>Aged 14+</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Households</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID (nền)</source>
            <translation>VNeID (baseline)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (nền)</source>
            <translation>Cashless hh. (baseline)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số liệu tính đến ngày</source>
            <translation>Figures as of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ trưởng</source>
            <translation>Team leader</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/sync_controller.py" line="+36" />
            <source>(Gói chung cho mọi ấp — chỉ dữ liệu kế hoạch)</source>
            <translation>(One package for every hamlet — plan data only)</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Máy này: &lt;b&gt;{who}&lt;/b&gt; · dấu vân tay &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;&lt;span style='color:#4a5a6a'&gt;Khóa công khai: {key}&lt;/span&gt;</source>
            <translation>This computer: &lt;b&gt;{who}&lt;/b&gt; · fingerprint &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;&lt;span style='color:#4a5a6a'&gt;Public key: {key}&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Xuất gói dữ liệu</source>
            <translation>Export a data package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gói dành cho:</source>
            <translation>Package for:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu gói dữ liệu</source>
            <translation>Save the data package</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gói dữ liệu (*.khpkg)</source>
            <translation>Data packages (*.khpkg)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Đã ghi gói {file}: {count} bản ghi. {notes}</source>
            <translation>Wrote package {file}: {count} records. {notes}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nhập gói dữ liệu</source>
            <translation>Import a data package</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói dữ liệu (*.khpkg);;Mọi tệp (*)</source>
            <translation>Data packages (*.khpkg);;All files (*)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Xem trước {file}: {new} mới, {updated} cập nhật, {conflicts} xung đột, {rejected} bị từ chối.</source>
            <translation>Preview of {file}: {new} new, {updated} updated, {conflicts} conflicts, {rejected} rejected.</translation>
        </message>
        <message>
            <location line="+31" />
            <source> {count} xung đột chờ quyết định (thẻ Xung đột).</source>
            <translation> {count} conflict(s) waiting for a decision (Conflicts tab).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đã nhập {file}: {new} mới, {updated} cập nhật, {rejected} bị từ chối.</source>
            <translation>Imported {file}: {new} new, {updated} updated, {rejected} rejected.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Chọn tệp để gửi</source>
            <translation>Choose files to send</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Đang gửi và nhận…</source>
            <translation>Sending and receiving…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>{record}: đã giữ bản trên máy này.</source>
            <translation>{record}: kept the version on this computer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{record}: đã lấy bản trong gói.</source>
            <translation>{record}: took the version in the package.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Đã lưu nơi gửi {name}.</source>
            <translation>Saved destination {name}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mật khẩu</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu cho {name}:</source>
            <translation>Password for {name}:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Đồng bộ lúc {time}: không có tệp nào đến lượt gửi.</source>
            <translation>Synced at {time}: no file due to be sent.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đồng bộ lúc {time}: đã gửi {count}</source>
            <translation>Synced at {time}: sent {count}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>còn chờ {count}</source>
            <translation>{count} waiting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lỗi {count}</source>
            <translation>{count} failed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nhận {count} gói</source>
            <translation>received {count} package(s)</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="-239" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói dữ liệu giữa máy của các ấp và văn phòng xã; hàng đợi gửi tệp khi có mạng.</source>
            <translation>Data packages between the hamlets' computers and the commune office; a queue that sends files when there is a connection.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang đọc thông tin máy…</source>
            <translation>Reading this computer’s details…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Xuất gói dữ liệu…</source>
            <translation>Export a package…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập gói…</source>
            <translation>Import a package…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thêm tệp vào hàng đợi…</source>
            <translation>Queue files…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi ngay</source>
            <translation>Send now</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gửi mọi tệp đang chờ và nhận gói từ hộp nhận, ngay bây giờ</source>
            <translation>Send every waiting file and fetch packages from the inboxes, right now</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Gửi lại tệp bị lỗi</source>
            <translation>Retry the failed file</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>Hàng đợi gửi</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Bản ghi cả văn phòng xã và máy ấp cùng sửa từ lần đồng bộ trước: xem hai bản cạnh nhau rồi chọn bản đúng. Bản được chọn sẽ theo gói tiếp theo về máy của ấp.</source>
            <translation>Records changed both at the commune office and on a hamlet's computer since the last sync: compare the two side by side and choose the right one. The chosen version goes back to the hamlet with the next package.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Giữ bản trên máy này</source>
            <translation>Keep the version on this computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lấy bản trong gói</source>
            <translation>Take the version in the package</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+37" />
            <source>Xung đột</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Thêm nơi gửi…</source>
            <translation>Add a destination…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu mật khẩu…</source>
            <translation>Save password…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nơi gửi / nhận</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đăng ký máy của ấp…</source>
            <translation>Register a hamlet's computer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thiết bị</source>
            <translation>Devices</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lịch sử gói</source>
            <translation>Package history</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} chờ</source>
            <translation>{count} waiting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} lỗi</source>
            <translation>{count} failed</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Xung đột ({count})</source>
            <translation>Conflicts ({count})</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="+66" />
            <source>Tìm kiếm…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Chưa có dữ liệu.</source>
            <translation>No data yet.</translation>
        </message>
    </context>
    <context>
        <name>TargetSummaryModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-48" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mục tiêu</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hiện tại</source>
            <translation>Current</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đánh giá</source>
            <translation>Assessment</translation>
        </message>
    </context>
    <context>
        <name>TaskTreeModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="-203" />
            <source>Mã</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị chủ trì</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời hạn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kinh phí</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Sản phẩm: {product}</source>
            <translation>Output: {product}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phối hợp: {units}</source>
            <translation>With: {units}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hạn: {date} (quá hạn)</source>
            <translation>Due: {date} (overdue)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hạn: {date}</source>
            <translation>Due: {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kinh phí (triệu đồng)</source>
            <translation>Budget (million VND)</translation>
        </message>
    </context>
    <context>
        <name>TaskUpdateController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/task_update_controller.py" line="+36" />
            <source>Cập nhật tiến độ</source>
            <translation>Update progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chọn một nhiệm vụ trong danh sách trước (không chọn dòng tên mục).</source>
            <translation>Select a task in the list first (not a section heading).</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Đã lưu cập nhật nhiệm vụ {ref} kèm {files} minh chứng.</source>
            <translation>Saved the update of task {ref} with {files} evidence file(s).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã lưu cập nhật nhiệm vụ {ref}.</source>
            <translation>Saved the update of task {ref}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Minh chứng “{file}”: đạt.</source>
            <translation>Evidence “{file}”: accepted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minh chứng “{file}”: không đạt; nhiệm vụ chuyển về “chờ hoàn thiện”.</source>
            <translation>Evidence “{file}”: rejected; the task goes back to “needs rework”.</translation>
        </message>
    </context>
    <context>
        <name>TaskUpdateDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/task_update_dialog.py" line="+48" />
            <source>Cập nhật tiến độ nhiệm vụ</source>
            <translation>Update task progress</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cập nhật mới</source>
            <translation>New update</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Đã làm gì, kết quả, khó khăn (ghi vào lịch sử)</source>
            <translation>What was done, results, difficulties (kept in the history)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm minh chứng…</source>
            <translation>Add evidence…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ tệp</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trạng thái:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ:</source>
            <translation>Progress:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng:</source>
            <translation>Evidence:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lịch sử cập nhật và minh chứng</source>
            <translation>Update history and evidence</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người cập nhật</source>
            <translation>Updated by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay đổi</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Minh chứng đang chọn:</source>
            <translation>Selected evidence:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở tệp</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đạt</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đạt…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu cập nhật</source>
            <translation>Save update</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nhiệm vụ {ref}: {content}</source>
            <translation>Task {ref}: {content}</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (hạn cuối {date})</source>
            <translation> (final deadline {date})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chủ trì: {lead}. Thời hạn: {deadline}{due}. Sản phẩm: {product}. Hiện tại: {status}, {progress}%.</source>
            <translation>Lead: {lead}. Deadline: {deadline}{due}. Output: {product}. Now: {status}, {progress}%.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Chọn tệp minh chứng</source>
            <translation>Choose evidence files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
            <translation>Evidence (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location line="+192" />
            <source>Minh chứng không đạt</source>
            <translation>Evidence rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do “{file}” không đạt (nhiệm vụ sẽ chuyển về “chờ hoàn thiện”):</source>
            <translation>Why “{file}” is rejected (the task goes back to “needs rework”):</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="-71" />
            <source>Kế hoạch &amp; nhiệm vụ</source>
            <translation>Plan &amp; tasks</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nhập từ tệp…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)</source>
            <translation>Import the plan from a Word (.docx) or Excel (.xlsx) file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xuất ra Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xuất phụ lục nhiệm vụ và chỉ tiêu ra tệp Excel (.xlsx)</source>
            <translation>Export the task and target appendices to an Excel file (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tìm theo nội dung, đơn vị, thời hạn…</source>
            <translation>Search by task, unit, deadline…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Chưa có nhiệm vụ nào. Bấm “Nhập từ tệp…” để nhập kế hoạch của xã từ tệp Word hoặc Excel.</source>
            <translation>No tasks yet. Click “Import from file…” to import the commune's plan from a Word or Excel file.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/team_dialog.py" line="+33" />
            <source>Tổ trưởng</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ phó</source>
            <translation>Deputy leader</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ viên</source>
            <translation>Member</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Tổ công nghệ số cộng đồng — {hamlet}</source>
            <translation>Community digital technology team — {hamlet}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quyết định thành lập: {number}</source>
            <translation>Set up by decision {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source> ngày {date}</source>
            <translation> of {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+31" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="-31" />
            <location line="+32" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+33" />
            <source>Số điện thoại</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Tổ chưa có thành viên: nhập họ tên, vai trò rồi bấm “Thêm vào tổ”.</source>
            <translation>The team has no members yet: type a name, choose a role, then click “Add to team”.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ví dụ: Nguyễn Thị Hoa</source>
            <translation>e.g. Nguyễn Thị Hoa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ví dụ: 0912 345 678 (có thể để trống)</source>
            <translation>e.g. 0912 345 678 (may be left blank)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thêm vào tổ</source>
            <translation>Add to team</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sửa người đã chọn</source>
            <translation>Change the chosen member</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ người đã chọn</source>
            <translation>Remove the chosen member</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Hãy nhập họ và tên.</source>
            <translation>Type the member's full name.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>“{name}” chưa được thêm vào tổ: bấm “Thêm vào tổ”, hoặc xóa ô họ và tên.</source>
            <translation>“{name}” has not been added to the team: click “Add to team”, or clear the name field.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thay đổi của “{name}” chưa được áp dụng: bấm “Sửa người đã chọn”.</source>
            <translation>The changes to “{name}” are not applied yet: click “Change the chosen member”.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="+66" />
            <source>Đánh giá định tính</source>
            <translation>Qualitative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đạt</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa đạt</source>
            <translation>Not met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa có số liệu</source>
            <translation>No figures yet</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="+26" />
            <source>Nguồn: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tính đến ngày {date}</source>
            <translation>As of {date}</translation>
        </message>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-4" />
            <source>Cách tính: {method}</source>
            <translation>Computed as: {method}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../kehoach_desktop/qt/vocabulary.py" line="+31" />
            <source>Chưa triển khai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang thực hiện</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoàn thành</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chờ hoàn thiện</source>
            <translation>Needs rework</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạm dừng</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hướng dẫn đăng ký VNeID</source>
            <translation>VNeID registrations guided</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kích hoạt VNeID mức 2</source>
            <translation>VNeID level 2 activations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ DVCTT được hỗ trợ</source>
            <translation>Online public service applications supported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ mới thanh toán không dùng tiền mặt</source>
            <translation>Households newly paying cashless</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buổi tuyên truyền</source>
            <translation>Outreach sessions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lượt người được tiếp cận</source>
            <translation>People reached</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nháp</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã gửi</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã duyệt</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả lại</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa nhập</source>
            <translation>Not entered</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chờ duyệt</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đạt</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đạt</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tuyên truyền / họp dân / loa</source>
            <translation>Outreach / village meeting / loudspeaker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đi từng nhà</source>
            <translation>Door to door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tại Trung tâm Phục vụ hành chính công</source>
            <translation>Duty at the public administration service centre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hướng dẫn VNeID</source>
            <translation>VNeID guidance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hỗ trợ DVCTT</source>
            <translation>Online public service support</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hướng dẫn thanh toán số</source>
            <translation>Digital payment guidance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chữ ký số</source>
            <translation>Digital signatures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bình dân học vụ số</source>
            <translation>Digital literacy for all</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tập huấn</source>
            <translation>Training</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chậm tiến độ</source>
            <translation>Behind schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng không đạt</source>
            <translation>Evidence rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp chưa gửi số liệu</source>
            <translation>Hamlet not reporting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sắp đến hạn báo cáo</source>
            <translation>Report due soon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhiệm vụ đến hạn</source>
            <translation>Task due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Báo cáo đến hạn</source>
            <translation>Report due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần chưa gửi</source>
            <translation>Week not sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần chờ duyệt</source>
            <translation>Week to review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng chờ duyệt</source>
            <translation>Evidence to review</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đổi</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không còn trong tệp</source>
            <translation>No longer in the file</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{state} (khóa)</source>
            <translation>{state} (locked)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tháng {month}/{year}</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quý {quarter}/{year}</source>
            <translation>Quarter {quarter} {year}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>6 tháng đầu năm {year}</source>
            <translation>First half of {year}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>6 tháng cuối năm {year}</source>
            <translation>Second half of {year}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Năm {year}</source>
            <translation>Year {year}</translation>
        </message>
    </context>
    <context>
        <name>WarningTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-51" />
            <source>Loại cảnh báo</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đối tượng</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>WeekGridModel</name>
        <message>
            <location line="-16" />
            <source>Đăng ký
VNeID</source>
            <translation>VNeID
registrations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kích hoạt
VNeID mức 2</source>
            <translation>VNeID level 2
activations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ
DVCTT</source>
            <translation>Online
applications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ mới
thanh toán số</source>
            <translation>New cashless
households</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buổi
tuyên truyền</source>
            <translation>Outreach
sessions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lượt người
tiếp cận</source>
            <translation>People
reached</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Ấp</source>
            <translation>Hamlet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú / lý do</source>
            <translation>Note / reason</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Tuần đã duyệt (khóa); muốn sửa phải mở khóa kèm lý do.</source>
            <translation>Accepted week (locked); to change it, unlock it with a reason.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tổng cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{done}/{count} ấp đã gửi</source>
            <translation>{done}/{count} sent</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Tuần {week} của {hamlet} đã được duyệt (khóa); mở khóa kèm lý do trước khi sửa.</source>
            <translation>Week {week} of {hamlet} is accepted (locked); unlock it with a reason before editing.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Dòng {line} của dữ liệu dán: không có ấp “{hamlet}” trong bảng.</source>
            <translation>Line {line} of the pasted data: there is no hamlet “{hamlet}” in the table.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dữ liệu dán có {lines} dòng nhưng từ {hamlet} chỉ còn {left} ấp.</source>
            <translation>The pasted data has {lines} lines but only {left} hamlet(s) follow from {hamlet}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Dữ liệu dán có {columns} cột, vượt quá các cột số liệu (dòng {line}).</source>
            <translation>The pasted data has {columns} columns, more than the figure columns (line {line}).</translation>
        </message>
    </context>
    <context>
        <name>WeeklyGridController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/weekly_grid_controller.py" line="+15" />
            <source>Đã gửi tuần {week} của {n} ấp.</source>
            <translation>Submitted week {week} for {n} hamlet(s).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã duyệt (khóa) tuần {week} của {n} ấp.</source>
            <translation>Accepted (locked) week {week} for {n} hamlet(s).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã trả lại tuần {week} cho {n} ấp.</source>
            <translation>Returned week {week} to {n} hamlet(s).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã mở khóa tuần {week} của {n} ấp; lý do được lưu vào lịch sử.</source>
            <translation>Unlocked week {week} for {n} hamlet(s); the reason is kept in the history.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Đã lưu {count} ô số liệu tuần {week}.</source>
            <translation>Saved {count} cell(s) of week {week}.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyGridPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/weekly_grid.py" line="+38" />
            <source>Gửi tuần</source>
            <translation>Submit week</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duyệt (khóa)</source>
            <translation>Accept (lock)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả lại…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở khóa…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trả lại tuần</source>
            <translation>Return the week</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do trả lại (ấp sẽ thấy lý do này):</source>
            <translation>Reason for returning (the hamlet will see it):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mở khóa tuần đã duyệt</source>
            <translation>Unlock an accepted week</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở khóa cho phép sửa lại số liệu tuần đã chốt. Lý do mở khóa (được lưu vào lịch sử):</source>
            <translation>Unlocking lets the figures of a closed week be changed again. Reason for unlocking (kept in the history):</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Số liệu ấp</source>
            <translation>Hamlet figures</translation>
        </message>
        <message>
            <location line="+7" />
            <source>◀ Tuần trước</source>
            <translation>◀ Previous week</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tuần sau ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần vừa qua</source>
            <translation>Last week</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Gõ số rồi Enter (xuống ấp kế tiếp), Tab sang cột bên phải, Delete để xóa; Ctrl+V dán từ Excel. Chọn các ấp rồi bấm:</source>
            <translation>Type a number and press Enter (next hamlet), Tab for the next column, Delete to clear; Ctrl+V pastes from Excel. Select hamlets, then click:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nhập số liệu tuần</source>
            <translation>Weekly figures</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lũy kế và tỷ lệ theo ấp</source>
            <translation>Totals and rates by hamlet</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Từ {start} đến {end}: {states}.</source>
            <translation>From {start} to {end}: {states}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tuần này chưa bắt đầu: chưa nhập được số liệu.</source>
            <translation>This week has not started: figures cannot be entered yet.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Không dán được: {error}</source>
            <translation>Could not paste: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Không có gì thay đổi.</source>
            <translation>Nothing changed.</translation>
        </message>
    </context>
</TS>
