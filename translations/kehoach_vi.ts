<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi_VN">
    <context>
        <name>ActivityController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/activity_controller.py" line="+65" />
            <source>Đã ghi hoạt động ngày {date} của {hamlet} kèm {photos} ảnh.</source>
            <translation>Đã ghi hoạt động ngày {date} của {hamlet} kèm {photos} ảnh.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã ghi hoạt động ngày {date} của {hamlet}.</source>
            <translation>Đã ghi hoạt động ngày {date} của {hamlet}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lỗi: {error}</source>
            <translation>Lỗi: {error}</translation>
        </message>
    </context>
    <context>
        <name>ActivityLogPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/activity_log.py" line="+54" />
            <source>Nhật ký Tổ CNSCĐ</source>
            <translation>Nhật ký Tổ CNSCĐ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hoạt động của các Tổ công nghệ số cộng đồng: ngày, ấp, hình thức, số người được tiếp cận, ý kiến người dân và việc chuyển ý kiến, ảnh minh chứng.</source>
            <translation>Hoạt động của các Tổ công nghệ số cộng đồng: ngày, ấp, hình thức, số người được tiếp cận, ý kiến người dân và việc chuyển ý kiến, ảnh minh chứng.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+137" />
            <source>Tất cả các ấp</source>
            <translation>Tất cả các ấp</translation>
        </message>
        <message>
            <location line="-135" />
            <source>Mọi hình thức</source>
            <translation>Mọi hình thức</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tìm trong nội dung, địa điểm, ý kiến…</source>
            <translation>Tìm trong nội dung, địa điểm, ý kiến…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Ấp:</source>
            <translation>Ấp:</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Từ</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>đến</source>
            <translation>đến</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ghi hoạt động mới…</source>
            <translation>Ghi hoạt động mới…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Ghi hoạt động của Tổ CNSCĐ</source>
            <translation>Ghi hoạt động của Tổ CNSCĐ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hoạt động mới</source>
            <translation>Hoạt động mới</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã làm gì, cho ai (bắt buộc)</source>
            <translation>Đã làm gì, cho ai (bắt buộc)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tổ trưởng, 2 tổ viên…</source>
            <translation>Tổ trưởng, 2 tổ viên…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ý kiến, kiến nghị của người dân (nếu có)</source>
            <translation>Ý kiến, kiến nghị của người dân (nếu có)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã chuyển ý kiến đến cơ quan liên quan</source>
            <translation>Đã chuyển ý kiến đến cơ quan liên quan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thêm ảnh…</source>
            <translation>Thêm ảnh…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ ảnh</source>
            <translation>Bỏ ảnh</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ngày:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hình thức:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung:</source>
            <translation>Nội dung:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa điểm:</source>
            <translation>Địa điểm:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thành viên:</source>
            <translation>Thành viên:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người:</source>
            <translation>Số người:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ý kiến:</source>
            <translation>Ý kiến:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ảnh:</source>
            <translation>Ảnh:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lưu và ghi tiếp</source>
            <translation>Lưu và ghi tiếp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đóng</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Chưa có hoạt động nào theo bộ lọc này. Đổi khoảng ngày, hoặc bấm “Ghi hoạt động mới…” để ghi.</source>
            <translation>Chưa có hoạt động nào theo bộ lọc này. Đổi khoảng ngày, hoặc bấm “Ghi hoạt động mới…” để ghi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{count} hoạt động, {people} lượt người được tiếp cận</source>
            <translation>{count} hoạt động, {people} lượt người được tiếp cận</translation>
        </message>
        <message>
            <location line="-89" />
            <source>Chọn ảnh minh chứng</source>
            <translation>Chọn ảnh minh chứng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ảnh (*.jpg *.jpeg *.png *.heic);;Mọi tệp (*)</source>
            <translation>Ảnh (*.jpg *.jpeg *.png *.heic);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="+398" />
            <source>Ngày</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hình thức</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa điểm</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người</source>
            <translation>Số người</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ý kiến người dân</source>
            <translation>Ý kiến người dân</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ảnh</source>
            <translation>Ảnh</translation>
        </message>
        <message>
            <location line="+8" />
            <source> (đã chuyển)</source>
            <translation> (đã chuyển)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (chưa chuyển)</source>
            <translation> (chưa chuyển)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Thành viên: {members}</source>
            <translation>Thành viên: {members}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ý kiến: {feedback}</source>
            <translation>Ý kiến: {feedback}</translation>
        </message>
    </context>
    <context>
        <name>ConflictFieldsModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="+162" />
            <source>có</source>
            <translation>có</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không</source>
            <translation>không</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trường</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản trên máy này</source>
            <translation>Bản trên máy này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản trong gói</source>
            <translation>Bản trong gói</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <location line="-30" />
            <source>Bản ghi</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phát hiện lúc</source>
            <translation>Phát hiện lúc</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/dashboard_controller.py" line="+23" />
            <source>{commune} — {plan}. Tình hình đến ngày {date}.</source>
            <translation>{commune} — {plan}. Tình hình đến ngày {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{commune}: chưa có kế hoạch. Nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”.</source>
            <translation>{commune}: chưa có kế hoạch. Nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{done} hoàn thành, {open} đang theo dõi</source>
            <translation>{done} hoàn thành, {open} đang theo dõi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>không có</source>
            <translation>không có</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} nhiệm vụ khác chậm tiến độ</source>
            <translation>{count} nhiệm vụ khác chậm tiến độ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cần đôn đốc ngay</source>
            <translation>cần đôn đốc ngay</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{missed} chưa đạt, {unjudged} chưa có số liệu hoặc định tính</source>
            <translation>{missed} chưa đạt, {unjudged} chưa có số liệu hoặc định tính</translation>
        </message>
        <message>
            <location line="+10" />
            <source>mục tiêu {target}; cách tính: {method}</source>
            <translation>mục tiêu {target}; cách tính: {method}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>chưa có số liệu</source>
            <translation>chưa có số liệu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} loại cảnh báo</source>
            <translation>{count} loại cảnh báo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không có cảnh báo</source>
            <translation>không có cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dashboard.py" line="+197" />
            <source>Tổng quan</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Đang tải dữ liệu…</source>
            <translation>Đang tải dữ liệu…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nhiệm vụ của kế hoạch</source>
            <translation>Nhiệm vụ của kế hoạch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhiệm vụ quá hạn, chưa hoàn thành</source>
            <translation>Nhiệm vụ quá hạn, chưa hoàn thành</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu đã đạt</source>
            <translation>Chỉ tiêu đã đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ người dân có VNeID (toàn xã)</source>
            <translation>Tỷ lệ người dân có VNeID (toàn xã)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo đỏ</source>
            <translation>Cảnh báo đỏ</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Tỷ lệ theo ấp (mục tiêu: VNeID ≥ {vneid}%, hộ KDTM ≥ {cashless}%)</source>
            <translation>Tỷ lệ theo ấp (mục tiêu: VNeID ≥ {vneid}%, hộ KDTM ≥ {cashless}%)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chỉ tiêu: mục tiêu và hiện tại</source>
            <translation>Chỉ tiêu: mục tiêu và hiện tại</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cảnh báo</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tất cả các loại</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Việc đến hạn trong 7 ngày tới</source>
            <translation>Việc đến hạn trong 7 ngày tới</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../kehoach_desktop/qt/app.py" line="+273" />
            <source>Lỗi: {error}</source>
            <translation>Lỗi: {error}</translation>
        </message>
    </context>
    <context>
        <name>DestinationDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="+275" />
            <source>Thêm nơi gửi</source>
            <translation>Thêm nơi gửi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cũng nhận gói dữ liệu từ nơi này</source>
            <translation>Cũng nhận gói dữ liệu từ nơi này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên đăng nhập</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu</source>
            <translation>Mật khẩu</translation>
        </message>
    </context>
    <context>
        <name>DestinationTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-71" />
            <source>Tên</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tài khoản</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận gói</source>
            <translation>Nhận gói</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang chờ</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>trong kho mật khẩu</source>
            <translation>trong kho mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>biến môi trường</source>
            <translation>biến môi trường</translation>
        </message>
        <message>
            <location line="+3" />
            <source>chưa có</source>
            <translation>chưa có</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không cần</source>
            <translation>không cần</translation>
        </message>
        <message>
            <location line="+9" />
            <source>có</source>
            <translation>có</translation>
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location line="+11" />
            <source>Máy</source>
            <translation>Máy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vai trò</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dấu vân tay</source>
            <translation>Dấu vân tay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tình trạng</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận gói gần nhất</source>
            <translation>Nhận gói gần nhất</translation>
        </message>
        <message>
            <location line="+6" />
            <source>đã thay bằng máy khác</source>
            <translation>đã thay bằng máy khác</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tin cậy</source>
            <translation>tin cậy</translation>
        </message>
    </context>
    <context>
        <name>DialogParts</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dialog_parts.py" line="+11" />
            <source>Lưu</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>DueItemModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-315" />
            <source>Việc</source>
            <translation>Việc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hạn</source>
            <translation>Hạn</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="+90" />
            <source>Không có dòng nào khớp với “{text}”. Xóa ô tìm kiếm để xem tất cả.</source>
            <translation>Không có dòng nào khớp với “{text}”. Xóa ô tìm kiếm để xem tất cả.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/first_run_controller.py" line="+63" />
            <source>Chọn tệp kế hoạch của xã (Word hoặc Excel)</source>
            <translation>Chọn tệp kế hoạch của xã (Word hoặc Excel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</source>
            <translation>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/first_run.py" line="+35" />
            <source>Bắt đầu dùng Kế hoạch CĐS</source>
            <translation>Bắt đầu dùng Kế hoạch CĐS</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Chào mừng! Bắt đầu thế nào?</source>
            <translation>Chào mừng! Bắt đầu thế nào?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ứng dụng đang mở dữ liệu mẫu của xã Tà Lài để anh/chị xem thử. Chọn một cách bắt đầu; đổi ý lúc nào cũng được (nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”, sửa thông tin xã ở “Cài đặt”).</source>
            <translation>Ứng dụng đang mở dữ liệu mẫu của xã Tà Lài để anh/chị xem thử. Chọn một cách bắt đầu; đổi ý lúc nào cũng được (nhập kế hoạch ở trang “Kế hoạch &amp; nhiệm vụ”, sửa thông tin xã ở “Cài đặt”).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dùng dữ liệu mẫu để làm quen</source>
            <translation>Dùng dữ liệu mẫu để làm quen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xem thử các trang với xã Tà Lài; dữ liệu mẫu được thay khi nhập kế hoạch.</source>
            <translation>Xem thử các trang với xã Tà Lài; dữ liệu mẫu được thay khi nhập kế hoạch.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nhập kế hoạch của xã từ tệp Word/Excel…</source>
            <translation>Nhập kế hoạch của xã từ tệp Word/Excel…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chọn tệp kế hoạch (.docx, .xlsx); xem trước mọi dòng trước khi ghi. Dữ liệu mẫu được thay bằng kế hoạch của xã.</source>
            <translation>Chọn tệp kế hoạch (.docx, .xlsx); xem trước mọi dòng trước khi ghi. Dữ liệu mẫu được thay bằng kế hoạch của xã.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tạo xã mới và nhập tay</source>
            <translation>Tạo xã mới và nhập tay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập tên xã, cơ quan ban hành, người ký; nhiệm vụ và chỉ tiêu nhập sau.</source>
            <translation>Nhập tên xã, cơ quan ban hành, người ký; nhiệm vụ và chỉ tiêu nhập sau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kế hoạch không có danh sách ấp: sau khi nhập kế hoạch hoặc tạo xã, khai báo các ấp và số dân ở Cài đặt → Ấp và số liệu.</source>
            <translation>Kế hoạch không có danh sách ấp: sau khi nhập kế hoạch hoặc tạo xã, khai báo các ấp và số dân ở Cài đặt → Ấp và số liệu.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Tạo xã mới</source>
            <translation>Tạo xã mới</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dữ liệu mẫu (xã Tà Lài) sẽ bị xóa và thay bằng xã mới; một bản sao lưu được tạo trước.</source>
            <translation>Dữ liệu mẫu (xã Tà Lài) sẽ bị xóa và thay bằng xã mới; một bản sao lưu được tạo trước.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>UBND XÃ …</source>
            <translation>UBND XÃ …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CHỦ TỊCH</source>
            <translation>CHỦ TỊCH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>◀ Quay lại</source>
            <translation>◀ Quay lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạo xã</source>
            <translation>Tạo xã</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hãy nhập tên xã.</source>
            <translation>Hãy nhập tên xã.</translation>
        </message>
    </context>
    <context>
        <name>HamletDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/settings_page.py" line="+319" />
            <source>Thêm ấp</source>
            <translation>Thêm ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đổi tên ấp</source>
            <translation>Đổi tên ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật số liệu của ấp</source>
            <translation>Cập nhật số liệu của ấp</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ví dụ: Ấp Bàu Sen</source>
            <translation>ví dụ: Ấp Bàu Sen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tên ấp</source>
            <translation>Tên ấp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên mới</source>
            <translation>Tên mới</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Dân số</source>
            <translation>Dân số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số người từ 14 tuổi</source>
            <translation>Số người từ 14 tuổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Số hộ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số tài khoản VNeID đã có (số liệu nền)</source>
            <translation>Số tài khoản VNeID đã có (số liệu nền)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Số hộ đã thanh toán không dùng tiền mặt (số liệu nền)</source>
            <translation>Số hộ đã thanh toán không dùng tiền mặt (số liệu nền)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>để trống nếu chưa có</source>
            <translation>để trống nếu chưa có</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tỷ lệ = số liệu nền + số đăng ký hằng tuần ghi sau ngày của số liệu nền (để nguyên thì số liệu nền giữ ngày cũ).</source>
            <translation>Tỷ lệ = số liệu nền + số đăng ký hằng tuần ghi sau ngày của số liệu nền (để nguyên thì số liệu nền giữ ngày cũ).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Số liệu tính đến ngày</source>
            <translation>Số liệu tính đến ngày</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cùng ngày thì số liệu được sửa lại; ngày khác thì thêm số liệu mới, số liệu cũ vẫn dùng cho các kỳ trước ngày đó.</source>
            <translation>Cùng ngày thì số liệu được sửa lại; ngày khác thì thêm số liệu mới, số liệu cũ vẫn dùng cho các kỳ trước ngày đó.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Hãy nhập tên ấp.</source>
            <translation>Hãy nhập tên ấp.</translation>
        </message>
    </context>
    <context>
        <name>HamletListDialog</name>
        <message>
            <location line="+29" />
            <source>Nhập danh sách ấp</source>
            <translation>Nhập danh sách ấp</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Số liệu tính đến ngày</source>
            <translation>Số liệu tính đến ngày</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dòng</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sẽ làm gì</source>
            <translation>Sẽ làm gì</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Dân số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ 14 tuổi</source>
            <translation>Từ 14 tuổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Số hộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID (nền)</source>
            <translation>VNeID (nền)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (nền)</source>
            <translation>Hộ KDTM (nền)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ghi vào kho</source>
            <translation>Ghi vào kho</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+17" />
            <source>thêm mới</source>
            <translation>thêm mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cập nhật số liệu</source>
            <translation>cập nhật số liệu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>không đổi</source>
            <translation>không đổi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tệp “{file}”: {total} ấp — {added} ấp mới, {updated} ấp cập nhật số liệu, {unchanged} ấp không đổi. Một bản sao lưu được tạo trước khi ghi.</source>
            <translation>Tệp “{file}”: {total} ấp — {added} ấp mới, {updated} ấp cập nhật số liệu, {unchanged} ấp không đổi. Một bản sao lưu được tạo trước khi ghi.</translation>
        </message>
    </context>
    <context>
        <name>HamletRateChart</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/dashboard.py" line="-149" />
            <source>VNeID (% dân số)</source>
            <translation>VNeID (% dân số)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (% số hộ)</source>
            <translation>Hộ KDTM (% số hộ)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mục tiêu VNeID {target}%</source>
            <translation>Mục tiêu VNeID {target}%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mục tiêu KDTM {target}%</source>
            <translation>Mục tiêu KDTM {target}%</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hộ thanh toán không dùng tiền mặt</source>
            <translation>Hộ thanh toán không dùng tiền mặt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chưa có số liệu</source>
            <translation>chưa có số liệu</translation>
        </message>
    </context>
    <context>
        <name>HamletTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="+305" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Dân số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Số hộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID mới</source>
            <translation>VNeID mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ VNeID</source>
            <translation>Tỷ lệ VNeID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ DVCTT</source>
            <translation>Hồ sơ DVCTT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM mới</source>
            <translation>Hộ KDTM mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ hộ KDTM</source>
            <translation>Tỷ lệ hộ KDTM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần gửi gần nhất</source>
            <translation>Tuần gửi gần nhất</translation>
        </message>
        <message>
            <location line="+16" />
            <source>chưa gửi</source>
            <translation>chưa gửi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lũy kế {total} (gồm số liệu nền {base}); ghi nhận mới trong năm {new}</source>
            <translation>Lũy kế {total} (gồm số liệu nền {base}); ghi nhận mới trong năm {new}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/import_dialog.py" line="+50" />
            <source>Nhập kế hoạch từ tệp — xem trước</source>
            <translation>Nhập kế hoạch từ tệp — xem trước</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Chỉ hiện các dòng mới, cập nhật, không còn trong tệp</source>
            <translation>Chỉ hiện các dòng mới, cập nhật, không còn trong tệp</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Ghi vào kho</source>
            <translation>Ghi vào kho</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{new} mới, {updated} cập nhật, {unchanged} không đổi</source>
            <translation>{new} mới, {updated} cập nhật, {unchanged} không đổi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {removed} không còn trong tệp</source>
            <translation>, {removed} không còn trong tệp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>kế hoạch mới</source>
            <translation>kế hoạch mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cập nhật kế hoạch đã có</source>
            <translation>cập nhật kế hoạch đã có</translation>
        </message>
        <message>
            <location line="+1" />
            <source>không đổi</source>
            <translation>không đổi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>chưa có số</source>
            <translation>chưa có số</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tệp “{file}”: kế hoạch năm {year} ({number}) — {action}</source>
            <translation>Tệp “{file}”: kế hoạch năm {year} ({number}) — {action}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Trích yếu: {title}</source>
            <translation>Trích yếu: {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kho đang chứa dữ liệu mẫu (xã Tà Lài): dữ liệu mẫu sẽ được thay bằng kế hoạch này; bản sao lưu được tạo trước khi ghi.</source>
            <translation>Kho đang chứa dữ liệu mẫu (xã Tà Lài): dữ liệu mẫu sẽ được thay bằng kế hoạch này; bản sao lưu được tạo trước khi ghi.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kho dữ liệu chưa có xã: sẽ tạo xã {commune} từ phần đầu văn bản (cơ quan ban hành “{body}”, địa danh “{place}”); sửa được trong Cài đặt.</source>
            <translation>Kho dữ liệu chưa có xã: sẽ tạo xã {commune} từ phần đầu văn bản (cơ quan ban hành “{body}”, địa danh “{place}”); sửa được trong Cài đặt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>chưa rõ</source>
            <translation>chưa rõ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kế hoạch của xã {in_file}, còn kho dữ liệu là của xã {commune}: sẽ nhập thành một kế hoạch riêng.</source>
            <translation>Kế hoạch của xã {in_file}, còn kho dữ liệu là của xã {commune}: sẽ nhập thành một kế hoạch riêng.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Xã: {commune}</source>
            <translation>Xã: {commune}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kế hoạch — {field}: “{old}” → “{new}”</source>
            <translation>Kế hoạch — {field}: “{old}” → “{new}”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nhiệm vụ: {counts}.</source>
            <translation>Nhiệm vụ: {counts}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chỉ tiêu: {counts}.</source>
            <translation>Chỉ tiêu: {counts}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Đơn vị sẽ thêm vào danh mục ({count}): {units}</source>
            <translation>Đơn vị sẽ thêm vào danh mục ({count}): {units}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nhiệm vụ và chỉ tiêu ({count})</source>
            <translation>Nhiệm vụ và chỉ tiêu ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo ({count})</source>
            <translation>Cảnh báo ({count})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kho dữ liệu đã có đúng kế hoạch này: không có gì để ghi.</source>
            <translation>Kho dữ liệu đã có đúng kế hoạch này: không có gì để ghi.</translation>
        </message>
    </context>
    <context>
        <name>ImportRowModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/import_models.py" line="+28" />
            <source>Loại</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay đổi</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vị trí trong tệp</source>
            <translation>Vị trí trong tệp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chỉ tiêu</source>
            <translation>Chỉ tiêu</translation>
        </message>
    </context>
    <context>
        <name>ImportWarningModel</name>
        <message>
            <location line="+26" />
            <source>Bảng</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dòng</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cột</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cảnh báo</source>
            <translation>Cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="-99" />
            <source>STT</source>
            <translation>STT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhóm</source>
            <translation>Nhóm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên chỉ tiêu</source>
            <translation>Tên chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hiện tại</source>
            <translation>Hiện tại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cách tính</source>
            <translation>Cách tính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đánh giá</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị theo dõi</source>
            <translation>Đơn vị theo dõi</translation>
        </message>
    </context>
    <context>
        <name>MainController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/main_controller.py" line="+98" />
            <source>Lần đầu mở: đã tạo dữ liệu mẫu xã Tà Lài tại {folder}</source>
            <translation>Lần đầu mở: đã tạo dữ liệu mẫu xã Tà Lài tại {folder}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Không sao lưu được dữ liệu hôm nay: {error}</source>
            <translation>Không sao lưu được dữ liệu hôm nay: {error}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Kế hoạch CĐS
{commune}</source>
            <translation>Kế hoạch CĐS
{commune}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kế hoạch số {number}: {title}</source>
            <translation>Kế hoạch số {number}: {title}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Số liệu tính đến ngày {date}. Chỉ tiêu tính từ số liệu ấp được cập nhật theo số liệu tuần; các chỉ tiêu khác theo số liệu nhập từng kỳ.</source>
            <translation>Số liệu tính đến ngày {date}. Chỉ tiêu tính từ số liệu ấp được cập nhật theo số liệu tuần; các chỉ tiêu khác theo số liệu nhập từng kỳ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Số liệu tuần của các Tổ CNSCĐ; tuần đã duyệt bị khóa. Lũy kế đến ngày {date}: tỷ lệ VNeID = (số tài khoản tại ngày số liệu nền + số đăng ký mới từ đó) / dân số.</source>
            <translation>Số liệu tuần của các Tổ CNSCĐ; tuần đã duyệt bị khóa. Lũy kế đến ngày {date}: tỷ lệ VNeID = (số tài khoản tại ngày số liệu nền + số đăng ký mới từ đó) / dân số.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kho dữ liệu: {folder} (dữ liệu mẫu)</source>
            <translation>Kho dữ liệu: {folder} (dữ liệu mẫu)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kho dữ liệu: {folder}</source>
            <translation>Kho dữ liệu: {folder}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lỗi: {error}</source>
            <translation>Lỗi: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Không mở được dữ liệu</source>
            <translation>Không mở được dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/main_window.py" line="+94" />
            <source>Cập nhật tiến độ…</source>
            <translation>Cập nhật tiến độ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ghi trạng thái, tiến độ, minh chứng của nhiệm vụ đang chọn (hoặc nháy đúp)</source>
            <translation>Ghi trạng thái, tiến độ, minh chứng của nhiệm vụ đang chọn (hoặc nháy đúp)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chỉ tiêu</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Đang mở kho dữ liệu…</source>
            <translation>Đang mở kho dữ liệu…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.ui" line="+9" />
            <source>Kế hoạch CĐS Desktop</source>
            <translation>Kế hoạch CĐS Desktop</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kế hoạch CĐS</source>
            <translation>Kế hoạch CĐS</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/main_window.py" line="-39" />
            <source>Tổng quan</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch &amp; nhiệm vụ</source>
            <translation>Kế hoạch &amp; nhiệm vụ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số liệu ấp</source>
            <translation>Số liệu ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhật ký Tổ CNSCĐ</source>
            <translation>Nhật ký Tổ CNSCĐ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Báo cáo</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cài đặt</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số liệu tuần của ấp</source>
            <translation>Số liệu tuần của ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhật ký của Tổ</source>
            <translation>Nhật ký của Tổ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phiếu tháng</source>
            <translation>Phiếu tháng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi dữ liệu</source>
            <translation>Gửi dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>OutboxTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-97" />
            <source>Tệp</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nơi nhận</source>
            <translation>Nơi nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần thử</source>
            <translation>Lần thử</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do / ghi chú</source>
            <translation>Lý do / ghi chú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đưa vào lúc</source>
            <translation>Đưa vào lúc</translation>
        </message>
        <message>
            <location line="+8" />
            <source>đã gửi {time}</source>
            <translation>đã gửi {time}</translation>
        </message>
    </context>
    <context>
        <name>PackageLogModel</name>
        <message>
            <location line="+183" />
            <source>Lúc</source>
            <translation>Lúc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chiều</source>
            <translation>Chiều</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tệp</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản ghi</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xung đột</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ chối</source>
            <translation>Từ chối</translation>
        </message>
    </context>
    <context>
        <name>PackagePreviewDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="-88" />
            <source>Xem trước gói {file}</source>
            <translation>Xem trước gói {file}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Máy gửi: dấu vân tay {fingerprint}</source>
            <translation>Máy gửi: dấu vân tay {fingerprint}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mới: &lt;b&gt;{new}&lt;/b&gt; · Cập nhật: &lt;b&gt;{updated}&lt;/b&gt; · Không đổi: &lt;b&gt;{unchanged}&lt;/b&gt; · Xung đột: &lt;b&gt;{conflicts}&lt;/b&gt; · Từ chối: &lt;b&gt;{rejected}&lt;/b&gt;</source>
            <translation>Mới: &lt;b&gt;{new}&lt;/b&gt; · Cập nhật: &lt;b&gt;{updated}&lt;/b&gt; · Không đổi: &lt;b&gt;{unchanged}&lt;/b&gt; · Xung đột: &lt;b&gt;{conflicts}&lt;/b&gt; · Từ chối: &lt;b&gt;{rejected}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Gói này đã được nhập trước đây; nhập lại không thay đổi gì.</source>
            <translation>Gói này đã được nhập trước đây; nhập lại không thay đổi gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tất cả</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xung đột</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ chối</source>
            <translation>Từ chối</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hiện:</source>
            <translation>Hiện:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Áp dụng</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>PlanController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/plan_controller.py" line="+68" />
            <source>Chọn tệp kế hoạch (Word hoặc Excel)</source>
            <translation>Chọn tệp kế hoạch (Word hoặc Excel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</source>
            <translation>Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Đang đọc {file}…</source>
            <translation>Đang đọc {file}…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Đang ghi kế hoạch từ {file}…</source>
            <translation>Đang ghi kế hoạch từ {file}…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đã nhập {file}: nhiệm vụ {tasks_new} mới, {tasks_updated} cập nhật; chỉ tiêu {indicators_new} mới, {indicators_updated} cập nhật.</source>
            <translation>Đã nhập {file}: nhiệm vụ {tasks_new} mới, {tasks_updated} cập nhật; chỉ tiêu {indicators_new} mới, {indicators_updated} cập nhật.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Xuất kế hoạch ra Excel</source>
            <translation>Xuất kế hoạch ra Excel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Đang xuất {file}…</source>
            <translation>Đang xuất {file}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đã xuất kế hoạch ({tasks} nhiệm vụ, {indicators} chỉ tiêu) ra {path}</source>
            <translation>Đã xuất kế hoạch ({tasks} nhiệm vụ, {indicators} chỉ tiêu) ra {path}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Không nhập/xuất được kế hoạch</source>
            <translation>Không nhập/xuất được kế hoạch</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/report_page.py" line="+112" />
            <source>Chọn kỳ báo cáo rồi bấm “Xem trước” để xem các trang như khi in.</source>
            <translation>Chọn kỳ báo cáo rồi bấm “Xem trước” để xem các trang như khi in.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trang {number}</source>
            <translation>Trang {number}</translation>
        </message>
    </context>
    <context>
        <name>PreviewTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/sync_models.py" line="-42" />
            <source>Kết quả</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bản ghi</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú / thay đổi</source>
            <translation>Ghi chú / thay đổi</translation>
        </message>
    </context>
    <context>
        <name>RegisterDeviceDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="+48" />
            <source>Đăng ký máy của ấp</source>
            <translation>Đăng ký máy của ấp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ed25519:… (dòng Khóa công khai trên máy của ấp)</source>
            <translation>ed25519:… (dòng Khóa công khai trên máy của ấp)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sau khi đăng ký, đọc lại dấu vân tay với tổ trưởng qua điện thoại để chắc đúng máy.</source>
            <translation>Sau khi đăng ký, đọc lại dấu vân tay với tổ trưởng qua điện thoại để chắc đúng máy.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khóa công khai</source>
            <translation>Khóa công khai</translation>
        </message>
    </context>
    <context>
        <name>ReportController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/report_controller.py" line="+37" />
            <source>Tệp PDF (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tài liệu Word (*.docx)</source>
            <translation>Tài liệu Word (*.docx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Hộp thư đi chưa có trong phiên bản này.</source>
            <translation>Hộp thư đi chưa có trong phiên bản này.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ký số chưa có trong phiên bản này.</source>
            <translation>Ký số chưa có trong phiên bản này.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Bấm “Xem trước” để xem các trang của báo cáo.</source>
            <translation>Bấm “Xem trước” để xem các trang của báo cáo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Đang đọc danh sách ấp…</source>
            <translation>Đang đọc danh sách ấp…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đang đọc số liệu của kỳ báo cáo…</source>
            <translation>Đang đọc số liệu của kỳ báo cáo…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Phiếu tháng: mỗi ấp một trang, gồm số liệu tuần, hoạt động, tỷ lệ.</source>
            <translation>Phiếu tháng: mỗi ấp một trang, gồm số liệu tuần, hoạt động, tỷ lệ.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{period}: số liệu từ {start} đến {end}</source>
            <translation>{period}: số liệu từ {start} đến {end}</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+88" />
            <source>số để trống</source>
            <translation>số để trống</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Đã lưu ({number}).</source>
            <translation>Đã lưu ({number}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chưa lưu: số và nội dung sẽ được lưu khi bấm Lưu hoặc khi xuất tệp.</source>
            <translation>Chưa lưu: số và nội dung sẽ được lưu khi bấm Lưu hoặc khi xuất tệp.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Khôi phục nội dung gợi ý</source>
            <translation>Khôi phục nội dung gợi ý</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay nội dung anh/chị đã soạn ở thẻ “{tab}” bằng nội dung gợi ý?</source>
            <translation>Thay nội dung anh/chị đã soạn ở thẻ “{tab}” bằng nội dung gợi ý?</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Đã lưu báo cáo {period} ({number}).</source>
            <translation>Đã lưu báo cáo {period} ({number}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đang lưu…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Đang hiển thị các trang…</source>
            <translation>Đang hiển thị các trang…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Đang dàn trang để xem trước…</source>
            <translation>Đang dàn trang để xem trước…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Xem trước: {count} trang.</source>
            <translation>Xem trước: {count} trang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang dàn trang…</source>
            <translation>Đang dàn trang…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Xuất báo cáo</source>
            <translation>Xuất báo cáo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đã ghi {path}</source>
            <translation>Đã ghi {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đang ghi tệp {format}…</source>
            <translation>Đang ghi tệp {format}…</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+175" />
            <source>Báo cáo</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="-173" />
            <source>In báo cáo</source>
            <translation>In báo cáo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đã gửi {count} trang tới máy in.</source>
            <translation>Đã gửi {count} trang tới máy in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đang chuẩn bị trang in…</source>
            <translation>Đang chuẩn bị trang in…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Đang đọc danh sách nơi gửi…</source>
            <translation>Đang đọc danh sách nơi gửi…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tất cả các nơi gửi</source>
            <translation>Tất cả các nơi gửi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm vào hộp thư đi</source>
            <translation>Thêm vào hộp thư đi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi báo cáo tới:</source>
            <translation>Gửi báo cáo tới:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Đã thêm {file}.</source>
            <translation>Đã thêm {file}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đang thêm vào hộp thư đi…</source>
            <translation>Đang thêm vào hộp thư đi…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Chọn tệp chứng thư số</source>
            <translation>Chọn tệp chứng thư số</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chứng thư số (*.p12 *.pfx)</source>
            <translation>Chứng thư số (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ký số</source>
            <translation>Ký số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập {secret}:</source>
            <translation>Nhập {secret}:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Lưu báo cáo đã ký</source>
            <translation>Lưu báo cáo đã ký</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Đã ký số: {path}</source>
            <translation>Đã ký số: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang ký số…</source>
            <translation>Đang ký số…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Lỗi: {error}</source>
            <translation>Lỗi: {error}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Không mở được máy in.</source>
            <translation>Không mở được máy in.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/report_page.py" line="-91" />
            <source>Tháng</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý</source>
            <translation>Quý</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location line="+7" />
            <source>III. Tồn tại, hạn chế</source>
            <translation>III. Tồn tại, hạn chế</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tồn tại, hạn chế và nguyên nhân…</source>
            <translation>Tồn tại, hạn chế và nguyên nhân…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>IV. Phương hướng</source>
            <translation>IV. Phương hướng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phương hướng, nhiệm vụ kỳ tới…</source>
            <translation>Phương hướng, nhiệm vụ kỳ tới…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>V. Đề xuất, kiến nghị</source>
            <translation>V. Đề xuất, kiến nghị</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đề xuất, kiến nghị với cấp trên…</source>
            <translation>Đề xuất, kiến nghị với cấp trên…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tháng {month}</source>
            <translation>Tháng {month}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quý {quarter}</source>
            <translation>Quý {quarter}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>6 tháng đầu năm</source>
            <translation>6 tháng đầu năm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng cuối năm</source>
            <translation>6 tháng cuối năm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cả năm</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Báo cáo</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Báo cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP và phiếu tháng của Tổ công nghệ số cộng đồng: xem trước, in, xuất PDF/Word/Excel.</source>
            <translation>Báo cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP và phiếu tháng của Tổ công nghệ số cộng đồng: xem trước, in, xuất PDF/Word/Excel.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Loại và kỳ báo cáo</source>
            <translation>Loại và kỳ báo cáo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Báo cáo định kỳ (Nghị định 30)</source>
            <translation>Báo cáo định kỳ (Nghị định 30)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+219" />
            <source>Phiếu tháng của Tổ CNSCĐ</source>
            <translation>Phiếu tháng của Tổ CNSCĐ</translation>
        </message>
        <message>
            <location line="-206" />
            <source>Kỳ theo lịch (thay vì Nghị định 09/2019/NĐ-CP)</source>
            <translation>Kỳ theo lịch (thay vì Nghị định 09/2019/NĐ-CP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nghị định 09/2019: tháng tính từ ngày 15 tháng trước đến ngày 14; quý I từ 15/12 đến 14/3… Theo lịch: từ ngày 1 đến cuối tháng, cuối quý.</source>
            <translation>Nghị định 09/2019: tháng tính từ ngày 15 tháng trước đến ngày 14; quý I từ 15/12 đến 14/3… Theo lịch: từ ngày 1 đến cuối tháng, cuối quý.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Tất cả các ấp (mỗi ấp một trang)</source>
            <translation>Tất cả các ấp (mỗi ấp một trang)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp:</source>
            <translation>Ấp:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại:</source>
            <translation>Loại:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kỳ:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Số, ngày và người ký</source>
            <translation>Số, ngày và người ký</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số</source>
            <translation>Số</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Để trống cho văn thư</source>
            <translation>Để trống cho văn thư</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Số báo cáo:</source>
            <translation>Số báo cáo:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Để trống ngày</source>
            <translation>Để trống ngày</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ngày ký:</source>
            <translation>Ngày ký:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>KT. CHỦ TỊCH (để trống nếu Chủ tịch ký)</source>
            <translation>KT. CHỦ TỊCH (để trống nếu Chủ tịch ký)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PHÓ CHỦ TỊCH</source>
            <translation>PHÓ CHỦ TỊCH</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thẩm quyền ký:</source>
            <translation>Thẩm quyền ký:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chức vụ:</source>
            <translation>Chức vụ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người ký:</source>
            <translation>Người ký:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mỗi dòng một nơi nhận</source>
            <translation>Mỗi dòng một nơi nhận</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nơi nhận:</source>
            <translation>Nơi nhận:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Căn cứ (chọn các dòng đưa vào báo cáo)</source>
            <translation>Căn cứ (chọn các dòng đưa vào báo cáo)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nội dung do cán bộ soạn (mục III–V)</source>
            <translation>Nội dung do cán bộ soạn (mục III–V)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ứng dụng gợi ý nội dung từ số liệu; sửa lại cho đúng thực tế. Mỗi dòng một đoạn; dòng bắt đầu bằng “-” là một ý gạch đầu dòng.</source>
            <translation>Ứng dụng gợi ý nội dung từ số liệu; sửa lại cho đúng thực tế. Mỗi dòng một đoạn; dòng bắt đầu bằng “-” là một ý gạch đầu dòng.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Khôi phục nội dung gợi ý</source>
            <translation>Khôi phục nội dung gợi ý</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thay nội dung của thẻ đang mở bằng nội dung ứng dụng gợi ý</source>
            <translation>Thay nội dung của thẻ đang mở bằng nội dung ứng dụng gợi ý</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lưu số, ngày, người ký và nội dung của báo cáo kỳ này</source>
            <translation>Lưu số, ngày, người ký và nội dung của báo cáo kỳ này</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xem trước</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ký số…</source>
            <translation>Ký số…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất PDF…</source>
            <translation>Xuất PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất Word…</source>
            <translation>Xuất Word…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất Excel…</source>
            <translation>Xuất Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thêm vào hộp thư đi</source>
            <translation>Thêm vào hộp thư đi</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Số liệu tuần, hoạt động và tỷ lệ của ấp trong tháng: xem trước, in, xuất PDF, thêm vào hộp thư đi để gửi về xã.</source>
            <translation>Số liệu tuần, hoạt động và tỷ lệ của ấp trong tháng: xem trước, in, xuất PDF, thêm vào hộp thư đi để gửi về xã.</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/settings_controller.py" line="+150" />
            <source>Hãy chọn một đơn vị trong bảng trước.</source>
            <translation>Hãy chọn một đơn vị trong bảng trước.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Hãy chọn một bản sao lưu trong danh sách trước.</source>
            <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Khôi phục dữ liệu</source>
            <translation>Khôi phục dữ liệu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{file}?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục.</source>
            <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{file}?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Hãy chọn một ấp trong bảng trước.</source>
            <translation>Hãy chọn một ấp trong bảng trước.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Bỏ ấp</source>
            <translation>Bỏ ấp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bỏ {hamlet} khỏi danh sách ấp của xã?

Ấp chưa có số liệu tuần hay nhật ký nào; số liệu dân cư của ấp được giữ trong kho.</source>
            <translation>Bỏ {hamlet} khỏi danh sách ấp của xã?

Ấp chưa có số liệu tuần hay nhật ký nào; số liệu dân cư của ấp được giữ trong kho.</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Chọn tệp danh sách ấp (Excel hoặc CSV)</source>
            <translation>Chọn tệp danh sách ấp (Excel hoặc CSV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Danh sách ấp (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</source>
            <translation>Danh sách ấp (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Không thực hiện được</source>
            <translation>Không thực hiện được</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/settings_page.py" line="-454" />
            <source>Tên xã</source>
            <translation>Tên xã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỉnh/thành phố</source>
            <translation>Tỉnh/thành phố</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan ban hành (in trên văn bản)</source>
            <translation>Cơ quan ban hành (in trên văn bản)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan chủ quản (nếu có)</source>
            <translation>Cơ quan chủ quản (nếu có)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa danh ghi ngày tháng</source>
            <translation>Địa danh ghi ngày tháng</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thẩm quyền ký (TM./KT.)</source>
            <translation>Thẩm quyền ký (TM./KT.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chức vụ người ký</source>
            <translation>Chức vụ người ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ và tên người ký</source>
            <translation>Họ và tên người ký</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cài đặt</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thông tin dùng để in báo cáo và đối chiếu kế hoạch. Bấm “Lưu cài đặt” sau khi sửa.</source>
            <translation>Thông tin dùng để in báo cáo và đối chiếu kế hoạch. Bấm “Lưu cài đặt” sau khi sửa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Theo Nghị định 09/2019 (ngày 15 tháng trước – 14)</source>
            <translation>Theo Nghị định 09/2019 (ngày 15 tháng trước – 14)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theo tháng, quý dương lịch</source>
            <translation>Theo tháng, quý dương lịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kỳ số liệu báo cáo</source>
            <translation>Kỳ số liệu báo cáo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ứng dụng tự đánh số theo năm</source>
            <translation>Ứng dụng tự đánh số theo năm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Để trống cho văn thư điền</source>
            <translation>Để trống cho văn thư điền</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số văn bản</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+4" />
            <source>trước ngày </source>
            <translation>trước ngày </translation>
        </message>
        <message>
            <location line="-3" />
            <source>Hạn báo cáo tháng</source>
            <translation>Hạn báo cáo tháng</translation>
        </message>
        <message>
            <location line="+4" />
            <source> của tháng cuối quý</source>
            <translation> của tháng cuối quý</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hạn báo cáo quý</source>
            <translation>Hạn báo cáo quý</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nơi nhận (mỗi dòng một nơi)</source>
            <translation>Nơi nhận (mỗi dòng một nơi)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Xã và người ký</source>
            <translation>Xã và người ký</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp và số liệu</source>
            <translation>Ấp và số liệu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Đơn vị</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên viết tắt</source>
            <translation>Tên viết tắt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tên gọi khác (trong kế hoạch)</source>
            <translation>Tên gọi khác (trong kế hoạch)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tên gọi khác của đơn vị đang chọn, ví dụ “Phòng VHXXH”</source>
            <translation>Tên gọi khác của đơn vị đang chọn, ví dụ “Phòng VHXXH”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm tên gọi khác</source>
            <translation>Thêm tên gọi khác</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đơn vị</source>
            <comment>tab: the list of units</comment>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thời điểm</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loại</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sao lưu ngay</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khôi phục bản đã chọn…</source>
            <translation>Khôi phục bản đã chọn…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sao lưu</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đổi ngôn ngữ giao diện; áp dụng ngay, không cần bấm Lưu cài đặt.</source>
            <translation>Đổi ngôn ngữ giao diện; áp dụng ngay, không cần bấm Lưu cài đặt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lưu cài đặt</source>
            <translation>Lưu cài đặt</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Kế hoạch của xã không có danh sách ấp: thêm từng ấp, hoặc nhập danh sách từ tệp Excel có các cột Ấp, Dân số, Từ 14 tuổi, Số hộ (và nếu có: Số tài khoản VNeID, Hộ KDTM). Dân số, số người từ 14 tuổi và số hộ là mẫu số khi tính tỷ lệ; số liệu nền cộng với số đăng ký hằng tuần ghi sau ngày của nó. Thay đổi ở đây được lưu ngay.</source>
            <translation>Kế hoạch của xã không có danh sách ấp: thêm từng ấp, hoặc nhập danh sách từ tệp Excel có các cột Ấp, Dân số, Từ 14 tuổi, Số hộ (và nếu có: Số tài khoản VNeID, Hộ KDTM). Dân số, số người từ 14 tuổi và số hộ là mẫu số khi tính tỷ lệ; số liệu nền cộng với số đăng ký hằng tuần ghi sau ngày của nó. Thay đổi ở đây được lưu ngay.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Số tài khoản VNeID đã có tính đến ngày của số liệu (số liệu nền)</source>
            <translation>Số tài khoản VNeID đã có tính đến ngày của số liệu (số liệu nền)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số hộ đã thanh toán không dùng tiền mặt tính đến ngày của số liệu (số liệu nền)</source>
            <translation>Số hộ đã thanh toán không dùng tiền mặt tính đến ngày của số liệu (số liệu nền)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Chưa có ấp nào. Bấm “Thêm ấp…” hoặc “Nhập danh sách từ Excel…”.</source>
            <translation>Chưa có ấp nào. Bấm “Thêm ấp…” hoặc “Nhập danh sách từ Excel…”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thêm ấp…</source>
            <translation>Thêm ấp…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đổi tên…</source>
            <translation>Đổi tên…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật số liệu…</source>
            <translation>Cập nhật số liệu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ ấp</source>
            <translation>Bỏ ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ CNSCĐ…</source>
            <translation>Tổ CNSCĐ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tổ công nghệ số cộng đồng của ấp đang chọn: thành viên, vai trò, điện thoại</source>
            <translation>Tổ công nghệ số cộng đồng của ấp đang chọn: thành viên, vai trò, điện thoại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhập danh sách từ Excel…</source>
            <translation>Nhập danh sách từ Excel…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dân số</source>
            <translation>Dân số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ 14 tuổi</source>
            <translation>Từ 14 tuổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số hộ</source>
            <translation>Số hộ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VNeID (nền)</source>
            <translation>VNeID (nền)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ KDTM (nền)</source>
            <translation>Hộ KDTM (nền)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số liệu tính đến ngày</source>
            <translation>Số liệu tính đến ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ trưởng</source>
            <translation>Tổ trưởng</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/sync_controller.py" line="+36" />
            <source>(Gói chung cho mọi ấp — chỉ dữ liệu kế hoạch)</source>
            <translation>(Gói chung cho mọi ấp — chỉ dữ liệu kế hoạch)</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Máy này: &lt;b&gt;{who}&lt;/b&gt; · dấu vân tay &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;&lt;span style='color:#4a5a6a'&gt;Khóa công khai: {key}&lt;/span&gt;</source>
            <translation>Máy này: &lt;b&gt;{who}&lt;/b&gt; · dấu vân tay &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;&lt;span style='color:#4a5a6a'&gt;Khóa công khai: {key}&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Đồng bộ</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Xuất gói dữ liệu</source>
            <translation>Xuất gói dữ liệu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gói dành cho:</source>
            <translation>Gói dành cho:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu gói dữ liệu</source>
            <translation>Lưu gói dữ liệu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gói dữ liệu (*.khpkg)</source>
            <translation>Gói dữ liệu (*.khpkg)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Đã ghi gói {file}: {count} bản ghi. {notes}</source>
            <translation>Đã ghi gói {file}: {count} bản ghi. {notes}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nhập gói dữ liệu</source>
            <translation>Nhập gói dữ liệu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói dữ liệu (*.khpkg);;Mọi tệp (*)</source>
            <translation>Gói dữ liệu (*.khpkg);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Xem trước {file}: {new} mới, {updated} cập nhật, {conflicts} xung đột, {rejected} bị từ chối.</source>
            <translation>Xem trước {file}: {new} mới, {updated} cập nhật, {conflicts} xung đột, {rejected} bị từ chối.</translation>
        </message>
        <message>
            <location line="+31" />
            <source> {count} xung đột chờ quyết định (thẻ Xung đột).</source>
            <translation> {count} xung đột chờ quyết định (thẻ Xung đột).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đã nhập {file}: {new} mới, {updated} cập nhật, {rejected} bị từ chối.</source>
            <translation>Đã nhập {file}: {new} mới, {updated} cập nhật, {rejected} bị từ chối.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Chọn tệp để gửi</source>
            <translation>Chọn tệp để gửi</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Đang gửi và nhận…</source>
            <translation>Đang gửi và nhận…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>{record}: đã giữ bản trên máy này.</source>
            <translation>{record}: đã giữ bản trên máy này.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{record}: đã lấy bản trong gói.</source>
            <translation>{record}: đã lấy bản trong gói.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Đã lưu nơi gửi {name}.</source>
            <translation>Đã lưu nơi gửi {name}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mật khẩu</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu cho {name}:</source>
            <translation>Mật khẩu cho {name}:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Đồng bộ lúc {time}: không có tệp nào đến lượt gửi.</source>
            <translation>Đồng bộ lúc {time}: không có tệp nào đến lượt gửi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đồng bộ lúc {time}: đã gửi {count}</source>
            <translation>Đồng bộ lúc {time}: đã gửi {count}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>còn chờ {count}</source>
            <translation>còn chờ {count}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lỗi {count}</source>
            <translation>lỗi {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nhận {count} gói</source>
            <translation>nhận {count} gói</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/sync_page.py" line="-239" />
            <source>Đồng bộ</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói dữ liệu giữa máy của các ấp và văn phòng xã; hàng đợi gửi tệp khi có mạng.</source>
            <translation>Gói dữ liệu giữa máy của các ấp và văn phòng xã; hàng đợi gửi tệp khi có mạng.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đang đọc thông tin máy…</source>
            <translation>Đang đọc thông tin máy…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Xuất gói dữ liệu…</source>
            <translation>Xuất gói dữ liệu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhập gói…</source>
            <translation>Nhập gói…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thêm tệp vào hàng đợi…</source>
            <translation>Thêm tệp vào hàng đợi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi ngay</source>
            <translation>Gửi ngay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gửi mọi tệp đang chờ và nhận gói từ hộp nhận, ngay bây giờ</source>
            <translation>Gửi mọi tệp đang chờ và nhận gói từ hộp nhận, ngay bây giờ</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Gửi lại tệp bị lỗi</source>
            <translation>Gửi lại tệp bị lỗi</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>Hàng đợi gửi</source>
            <translation>Hàng đợi gửi</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Bản ghi cả văn phòng xã và máy ấp cùng sửa từ lần đồng bộ trước: xem hai bản cạnh nhau rồi chọn bản đúng. Bản được chọn sẽ theo gói tiếp theo về máy của ấp.</source>
            <translation>Bản ghi cả văn phòng xã và máy ấp cùng sửa từ lần đồng bộ trước: xem hai bản cạnh nhau rồi chọn bản đúng. Bản được chọn sẽ theo gói tiếp theo về máy của ấp.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Giữ bản trên máy này</source>
            <translation>Giữ bản trên máy này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lấy bản trong gói</source>
            <translation>Lấy bản trong gói</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+37" />
            <source>Xung đột</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Thêm nơi gửi…</source>
            <translation>Thêm nơi gửi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu mật khẩu…</source>
            <translation>Lưu mật khẩu…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nơi gửi / nhận</source>
            <translation>Nơi gửi / nhận</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đăng ký máy của ấp…</source>
            <translation>Đăng ký máy của ấp…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thiết bị</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lịch sử gói</source>
            <translation>Lịch sử gói</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} chờ</source>
            <translation>{count} chờ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} lỗi</source>
            <translation>{count} lỗi</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Xung đột ({count})</source>
            <translation>Xung đột ({count})</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="+66" />
            <source>Tìm kiếm…</source>
            <translation>Tìm kiếm…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Chưa có dữ liệu.</source>
            <translation>Chưa có dữ liệu.</translation>
        </message>
    </context>
    <context>
        <name>TargetSummaryModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-48" />
            <source>Chỉ tiêu</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mục tiêu</source>
            <translation>Mục tiêu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hiện tại</source>
            <translation>Hiện tại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đánh giá</source>
            <translation>Đánh giá</translation>
        </message>
    </context>
    <context>
        <name>TaskTreeModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="-203" />
            <source>Mã</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung nhiệm vụ</source>
            <translation>Nội dung nhiệm vụ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị chủ trì</source>
            <translation>Đơn vị chủ trì</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời hạn</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kinh phí</source>
            <translation>Kinh phí</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Sản phẩm: {product}</source>
            <translation>Sản phẩm: {product}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phối hợp: {units}</source>
            <translation>Phối hợp: {units}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hạn: {date} (quá hạn)</source>
            <translation>Hạn: {date} (quá hạn)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hạn: {date}</source>
            <translation>Hạn: {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kinh phí (triệu đồng)</source>
            <translation>Kinh phí (triệu đồng)</translation>
        </message>
    </context>
    <context>
        <name>TaskUpdateController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/task_update_controller.py" line="+36" />
            <source>Cập nhật tiến độ</source>
            <translation>Cập nhật tiến độ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chọn một nhiệm vụ trong danh sách trước (không chọn dòng tên mục).</source>
            <translation>Chọn một nhiệm vụ trong danh sách trước (không chọn dòng tên mục).</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Đã lưu cập nhật nhiệm vụ {ref} kèm {files} minh chứng.</source>
            <translation>Đã lưu cập nhật nhiệm vụ {ref} kèm {files} minh chứng.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã lưu cập nhật nhiệm vụ {ref}.</source>
            <translation>Đã lưu cập nhật nhiệm vụ {ref}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Minh chứng “{file}”: đạt.</source>
            <translation>Minh chứng “{file}”: đạt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minh chứng “{file}”: không đạt; nhiệm vụ chuyển về “chờ hoàn thiện”.</source>
            <translation>Minh chứng “{file}”: không đạt; nhiệm vụ chuyển về “chờ hoàn thiện”.</translation>
        </message>
    </context>
    <context>
        <name>TaskUpdateDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/task_update_dialog.py" line="+48" />
            <source>Cập nhật tiến độ nhiệm vụ</source>
            <translation>Cập nhật tiến độ nhiệm vụ</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cập nhật mới</source>
            <translation>Cập nhật mới</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Đã làm gì, kết quả, khó khăn (ghi vào lịch sử)</source>
            <translation>Đã làm gì, kết quả, khó khăn (ghi vào lịch sử)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thêm minh chứng…</source>
            <translation>Thêm minh chứng…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ tệp</source>
            <translation>Bỏ tệp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trạng thái:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ:</source>
            <translation>Tiến độ:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú:</source>
            <translation>Ghi chú:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng:</source>
            <translation>Minh chứng:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lịch sử cập nhật và minh chứng</source>
            <translation>Lịch sử cập nhật và minh chứng</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thời gian</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người cập nhật</source>
            <translation>Người cập nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thay đổi</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Minh chứng đang chọn:</source>
            <translation>Minh chứng đang chọn:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở tệp</source>
            <translation>Mở tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đạt</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đạt…</source>
            <translation>Không đạt…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu cập nhật</source>
            <translation>Lưu cập nhật</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đóng</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nhiệm vụ {ref}: {content}</source>
            <translation>Nhiệm vụ {ref}: {content}</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (hạn cuối {date})</source>
            <translation> (hạn cuối {date})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chủ trì: {lead}. Thời hạn: {deadline}{due}. Sản phẩm: {product}. Hiện tại: {status}, {progress}%.</source>
            <translation>Chủ trì: {lead}. Thời hạn: {deadline}{due}. Sản phẩm: {product}. Hiện tại: {status}, {progress}%.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Minh chứng</source>
            <translation>Minh chứng</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Chọn tệp minh chứng</source>
            <translation>Chọn tệp minh chứng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
            <translation>Minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location line="+192" />
            <source>Minh chứng không đạt</source>
            <translation>Minh chứng không đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do “{file}” không đạt (nhiệm vụ sẽ chuyển về “chờ hoàn thiện”):</source>
            <translation>Lý do “{file}” không đạt (nhiệm vụ sẽ chuyển về “chờ hoàn thiện”):</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/pages.py" line="-71" />
            <source>Kế hoạch &amp; nhiệm vụ</source>
            <translation>Kế hoạch &amp; nhiệm vụ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nhập từ tệp…</source>
            <translation>Nhập từ tệp…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)</source>
            <translation>Nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xuất ra Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xuất phụ lục nhiệm vụ và chỉ tiêu ra tệp Excel (.xlsx)</source>
            <translation>Xuất phụ lục nhiệm vụ và chỉ tiêu ra tệp Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tìm theo nội dung, đơn vị, thời hạn…</source>
            <translation>Tìm theo nội dung, đơn vị, thời hạn…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Chưa có nhiệm vụ nào. Bấm “Nhập từ tệp…” để nhập kế hoạch của xã từ tệp Word hoặc Excel.</source>
            <translation>Chưa có nhiệm vụ nào. Bấm “Nhập từ tệp…” để nhập kế hoạch của xã từ tệp Word hoặc Excel.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/team_dialog.py" line="+33" />
            <source>Tổ trưởng</source>
            <translation>Tổ trưởng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ phó</source>
            <translation>Tổ phó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổ viên</source>
            <translation>Tổ viên</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Tổ công nghệ số cộng đồng — {hamlet}</source>
            <translation>Tổ công nghệ số cộng đồng — {hamlet}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quyết định thành lập: {number}</source>
            <translation>Quyết định thành lập: {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source> ngày {date}</source>
            <translation> ngày {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+31" />
            <source>Họ và tên</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location line="-31" />
            <location line="+32" />
            <source>Vai trò</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+33" />
            <source>Số điện thoại</source>
            <translation>Số điện thoại</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Tổ chưa có thành viên: nhập họ tên, vai trò rồi bấm “Thêm vào tổ”.</source>
            <translation>Tổ chưa có thành viên: nhập họ tên, vai trò rồi bấm “Thêm vào tổ”.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ví dụ: Nguyễn Thị Hoa</source>
            <translation>ví dụ: Nguyễn Thị Hoa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ví dụ: 0912 345 678 (có thể để trống)</source>
            <translation>ví dụ: 0912 345 678 (có thể để trống)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thêm vào tổ</source>
            <translation>Thêm vào tổ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sửa người đã chọn</source>
            <translation>Sửa người đã chọn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ người đã chọn</source>
            <translation>Bỏ người đã chọn</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Hãy nhập họ và tên.</source>
            <translation>Hãy nhập họ và tên.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>“{name}” chưa được thêm vào tổ: bấm “Thêm vào tổ”, hoặc xóa ô họ và tên.</source>
            <translation>“{name}” chưa được thêm vào tổ: bấm “Thêm vào tổ”, hoặc xóa ô họ và tên.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thay đổi của “{name}” chưa được áp dụng: bấm “Sửa người đã chọn”.</source>
            <translation>Thay đổi của “{name}” chưa được áp dụng: bấm “Sửa người đã chọn”.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <location filename="../kehoach_desktop/qt/models.py" line="+66" />
            <source>Đánh giá định tính</source>
            <translation>Đánh giá định tính</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đạt</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa đạt</source>
            <translation>Chưa đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa có số liệu</source>
            <translation>Chưa có số liệu</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="+26" />
            <source>Nguồn: {source}</source>
            <translation>Nguồn: {source}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tính đến ngày {date}</source>
            <translation>Tính đến ngày {date}</translation>
        </message>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-4" />
            <source>Cách tính: {method}</source>
            <translation>Cách tính: {method}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../kehoach_desktop/qt/vocabulary.py" line="+31" />
            <source>Chưa triển khai</source>
            <translation>Chưa triển khai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang thực hiện</source>
            <translation>Đang thực hiện</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoàn thành</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chờ hoàn thiện</source>
            <translation>Chờ hoàn thiện</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạm dừng</source>
            <translation>Tạm dừng</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hướng dẫn đăng ký VNeID</source>
            <translation>Hướng dẫn đăng ký VNeID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kích hoạt VNeID mức 2</source>
            <translation>Kích hoạt VNeID mức 2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ DVCTT được hỗ trợ</source>
            <translation>Hồ sơ DVCTT được hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ mới thanh toán không dùng tiền mặt</source>
            <translation>Hộ mới thanh toán không dùng tiền mặt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buổi tuyên truyền</source>
            <translation>Buổi tuyên truyền</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lượt người được tiếp cận</source>
            <translation>Lượt người được tiếp cận</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nháp</source>
            <translation>Nháp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã gửi</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã duyệt</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả lại</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa nhập</source>
            <translation>Chưa nhập</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chờ duyệt</source>
            <translation>Chờ duyệt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đạt</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đạt</source>
            <translation>Không đạt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tuyên truyền / họp dân / loa</source>
            <translation>Tuyên truyền / họp dân / loa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đi từng nhà</source>
            <translation>Đi từng nhà</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tại Trung tâm Phục vụ hành chính công</source>
            <translation>Trực tại Trung tâm Phục vụ hành chính công</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hướng dẫn VNeID</source>
            <translation>Hướng dẫn VNeID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hỗ trợ DVCTT</source>
            <translation>Hỗ trợ DVCTT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hướng dẫn thanh toán số</source>
            <translation>Hướng dẫn thanh toán số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chữ ký số</source>
            <translation>Chữ ký số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bình dân học vụ số</source>
            <translation>Bình dân học vụ số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tập huấn</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khác</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quá hạn</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chậm tiến độ</source>
            <translation>Chậm tiến độ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng không đạt</source>
            <translation>Minh chứng không đạt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ấp chưa gửi số liệu</source>
            <translation>Ấp chưa gửi số liệu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sắp đến hạn báo cáo</source>
            <translation>Sắp đến hạn báo cáo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nhiệm vụ đến hạn</source>
            <translation>Nhiệm vụ đến hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Báo cáo đến hạn</source>
            <translation>Báo cáo đến hạn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần chưa gửi</source>
            <translation>Tuần chưa gửi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần chờ duyệt</source>
            <translation>Tuần chờ duyệt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng chờ duyệt</source>
            <translation>Minh chứng chờ duyệt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mới</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không đổi</source>
            <translation>Không đổi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không còn trong tệp</source>
            <translation>Không còn trong tệp</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{state} (khóa)</source>
            <translation>{state} (khóa)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tháng {month}/{year}</source>
            <translation>Tháng {month}/{year}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quý {quarter}/{year}</source>
            <translation>Quý {quarter}/{year}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>6 tháng đầu năm {year}</source>
            <translation>6 tháng đầu năm {year}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>6 tháng cuối năm {year}</source>
            <translation>6 tháng cuối năm {year}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Năm {year}</source>
            <translation>Năm {year}</translation>
        </message>
    </context>
    <context>
        <name>WarningTableModel</name>
        <message>
            <location filename="../kehoach_desktop/qt/tracking_models.py" line="-51" />
            <source>Loại cảnh báo</source>
            <translation>Loại cảnh báo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đối tượng</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
    </context>
    <context>
        <name>WeekGridModel</name>
        <message>
            <location line="-16" />
            <source>Đăng ký
VNeID</source>
            <translation>Đăng ký
VNeID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kích hoạt
VNeID mức 2</source>
            <translation>Kích hoạt
VNeID mức 2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ
DVCTT</source>
            <translation>Hồ sơ
DVCTT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hộ mới
thanh toán số</source>
            <translation>Hộ mới
thanh toán số</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buổi
tuyên truyền</source>
            <translation>Buổi
tuyên truyền</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lượt người
tiếp cận</source>
            <translation>Lượt người
tiếp cận</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Ấp</source>
            <translation>Ấp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ghi chú / lý do</source>
            <translation>Ghi chú / lý do</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Tuần đã duyệt (khóa); muốn sửa phải mở khóa kèm lý do.</source>
            <translation>Tuần đã duyệt (khóa); muốn sửa phải mở khóa kèm lý do.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tổng cộng</source>
            <translation>Tổng cộng</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{done}/{count} ấp đã gửi</source>
            <translation>{done}/{count} ấp đã gửi</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Tuần {week} của {hamlet} đã được duyệt (khóa); mở khóa kèm lý do trước khi sửa.</source>
            <translation>Tuần {week} của {hamlet} đã được duyệt (khóa); mở khóa kèm lý do trước khi sửa.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Dòng {line} của dữ liệu dán: không có ấp “{hamlet}” trong bảng.</source>
            <translation>Dòng {line} của dữ liệu dán: không có ấp “{hamlet}” trong bảng.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dữ liệu dán có {lines} dòng nhưng từ {hamlet} chỉ còn {left} ấp.</source>
            <translation>Dữ liệu dán có {lines} dòng nhưng từ {hamlet} chỉ còn {left} ấp.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Dữ liệu dán có {columns} cột, vượt quá các cột số liệu (dòng {line}).</source>
            <translation>Dữ liệu dán có {columns} cột, vượt quá các cột số liệu (dòng {line}).</translation>
        </message>
    </context>
    <context>
        <name>WeeklyGridController</name>
        <message>
            <location filename="../kehoach_desktop/qt/controllers/weekly_grid_controller.py" line="+15" />
            <source>Đã gửi tuần {week} của {n} ấp.</source>
            <translation>Đã gửi tuần {week} của {n} ấp.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã duyệt (khóa) tuần {week} của {n} ấp.</source>
            <translation>Đã duyệt (khóa) tuần {week} của {n} ấp.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã trả lại tuần {week} cho {n} ấp.</source>
            <translation>Đã trả lại tuần {week} cho {n} ấp.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã mở khóa tuần {week} của {n} ấp; lý do được lưu vào lịch sử.</source>
            <translation>Đã mở khóa tuần {week} của {n} ấp; lý do được lưu vào lịch sử.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Đã lưu {count} ô số liệu tuần {week}.</source>
            <translation>Đã lưu {count} ô số liệu tuần {week}.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyGridPage</name>
        <message>
            <location filename="../kehoach_desktop/qt/views/weekly_grid.py" line="+38" />
            <source>Gửi tuần</source>
            <translation>Gửi tuần</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duyệt (khóa)</source>
            <translation>Duyệt (khóa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả lại…</source>
            <translation>Trả lại…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở khóa…</source>
            <translation>Mở khóa…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trả lại tuần</source>
            <translation>Trả lại tuần</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do trả lại (ấp sẽ thấy lý do này):</source>
            <translation>Lý do trả lại (ấp sẽ thấy lý do này):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mở khóa tuần đã duyệt</source>
            <translation>Mở khóa tuần đã duyệt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở khóa cho phép sửa lại số liệu tuần đã chốt. Lý do mở khóa (được lưu vào lịch sử):</source>
            <translation>Mở khóa cho phép sửa lại số liệu tuần đã chốt. Lý do mở khóa (được lưu vào lịch sử):</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Số liệu ấp</source>
            <translation>Số liệu ấp</translation>
        </message>
        <message>
            <location line="+7" />
            <source>◀ Tuần trước</source>
            <translation>◀ Tuần trước</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tuần sau ▶</source>
            <translation>Tuần sau ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuần vừa qua</source>
            <translation>Tuần vừa qua</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Gõ số rồi Enter (xuống ấp kế tiếp), Tab sang cột bên phải, Delete để xóa; Ctrl+V dán từ Excel. Chọn các ấp rồi bấm:</source>
            <translation>Gõ số rồi Enter (xuống ấp kế tiếp), Tab sang cột bên phải, Delete để xóa; Ctrl+V dán từ Excel. Chọn các ấp rồi bấm:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nhập số liệu tuần</source>
            <translation>Nhập số liệu tuần</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lũy kế và tỷ lệ theo ấp</source>
            <translation>Lũy kế và tỷ lệ theo ấp</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Từ {start} đến {end}: {states}.</source>
            <translation>Từ {start} đến {end}: {states}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tuần này chưa bắt đầu: chưa nhập được số liệu.</source>
            <translation>Tuần này chưa bắt đầu: chưa nhập được số liệu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Không dán được: {error}</source>
            <translation>Không dán được: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Không có gì thay đổi.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
    </context>
</TS>
