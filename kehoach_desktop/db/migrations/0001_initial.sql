-- 0001: the first schema of the store (SPEC §2).

CREATE TABLE change_counter (
	id INTEGER NOT NULL, 
	value INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE commune (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	name VARCHAR NOT NULL, 
	province VARCHAR NOT NULL, 
	issuing_body VARCHAR NOT NULL, 
	parent_body VARCHAR NOT NULL, 
	place_name VARCHAR NOT NULL, 
	signer_authority VARCHAR NOT NULL, 
	signer_title VARCHAR NOT NULL, 
	signer_name VARCHAR NOT NULL, 
	recipients_json VARCHAR NOT NULL, 
	office_unit_short VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_commune_change_seq ON commune (change_seq);

CREATE TABLE setting (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE unit (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	name VARCHAR NOT NULL, 
	short_name VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_unit_change_seq ON unit (change_seq);

CREATE TABLE hamlet (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	commune_id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_hamlet_change_seq ON hamlet (change_seq);
CREATE INDEX ix_hamlet_commune_id ON hamlet (commune_id);

CREATE TABLE "plan" (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	commune_id VARCHAR NOT NULL, 
	number VARCHAR NOT NULL, 
	issued_on DATE, 
	title VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	budget_total_million VARCHAR, 
	source_file VARCHAR NOT NULL, 
	legal_bases_json VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_plan_change_seq ON "plan" (change_seq);
CREATE INDEX ix_plan_commune_id ON "plan" (commune_id);

CREATE TABLE unit_alias (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	unit_id VARCHAR NOT NULL, 
	alias VARCHAR NOT NULL, 
	"key" VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key"), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_unit_alias_change_seq ON unit_alias (change_seq);
CREATE INDEX ix_unit_alias_unit_id ON unit_alias (unit_id);

CREATE TABLE activity (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_id VARCHAR NOT NULL, 
	on_date DATE NOT NULL, 
	kind VARCHAR NOT NULL, 
	description VARCHAR NOT NULL, 
	place VARCHAR NOT NULL, 
	members_present VARCHAR NOT NULL, 
	people_reached INTEGER NOT NULL, 
	feedback VARCHAR NOT NULL, 
	feedback_forwarded BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_activity_change_seq ON activity (change_seq);
CREATE INDEX ix_activity_hamlet_id ON activity (hamlet_id);
CREATE INDEX ix_activity_on_date ON activity (on_date);

CREATE TABLE community_team (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_id VARCHAR NOT NULL, 
	decision_number VARCHAR NOT NULL, 
	decision_date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_community_team_change_seq ON community_team (change_seq);
CREATE INDEX ix_community_team_hamlet_id ON community_team (hamlet_id);

CREATE TABLE hamlet_figure (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_id VARCHAR NOT NULL, 
	as_of DATE NOT NULL, 
	population INTEGER, 
	adults INTEGER, 
	households INTEGER, 
	source VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_hamlet_figure_change_seq ON hamlet_figure (change_seq);
CREATE INDEX ix_hamlet_figure_hamlet_id ON hamlet_figure (hamlet_id);

CREATE TABLE hamlet_week (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_id VARCHAR NOT NULL, 
	week VARCHAR NOT NULL, 
	state VARCHAR NOT NULL, 
	comment VARCHAR NOT NULL, 
	submitted_at DATETIME, 
	accepted_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (hamlet_id, week), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_hamlet_week_change_seq ON hamlet_week (change_seq);
CREATE INDEX ix_hamlet_week_week ON hamlet_week (week);

CREATE TABLE indicator (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	plan_id VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	group_name VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	unit_of_measure VARCHAR NOT NULL, 
	comparator VARCHAR, 
	target_value VARCHAR, 
	target_text VARCHAR NOT NULL, 
	horizon INTEGER, 
	lead_unit_id VARCHAR, 
	lead_unit_text VARCHAR NOT NULL, 
	partner_units_json VARCHAR NOT NULL, 
	measure VARCHAR NOT NULL, 
	numerator_metric VARCHAR, 
	denominator VARCHAR, 
	quota INTEGER, 
	sort_order INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(plan_id) REFERENCES "plan" (id), 
	FOREIGN KEY(lead_unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_indicator_change_seq ON indicator (change_seq);
CREATE INDEX ix_indicator_plan_id ON indicator (plan_id);

CREATE TABLE task_group (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	plan_id VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	budget_million VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(plan_id) REFERENCES "plan" (id)
);
CREATE INDEX ix_task_group_change_seq ON task_group (change_seq);
CREATE INDEX ix_task_group_plan_id ON task_group (plan_id);

CREATE TABLE weekly_count (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_id VARCHAR NOT NULL, 
	week VARCHAR NOT NULL, 
	metric VARCHAR NOT NULL, 
	value INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (hamlet_id, week, metric), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_weekly_count_change_seq ON weekly_count (change_seq);
CREATE INDEX ix_weekly_count_week ON weekly_count (week);

CREATE TABLE indicator_value (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	indicator_id VARCHAR NOT NULL, 
	as_of DATE NOT NULL, 
	value VARCHAR, 
	numerator INTEGER, 
	denominator INTEGER, 
	source VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_indicator_value_change_seq ON indicator_value (change_seq);
CREATE INDEX ix_indicator_value_indicator_id ON indicator_value (indicator_id);

CREATE TABLE task (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	plan_id VARCHAR NOT NULL, 
	group_id VARCHAR, 
	parent_id VARCHAR, 
	code VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	content VARCHAR NOT NULL, 
	lead_unit_id VARCHAR, 
	lead_unit_text VARCHAR NOT NULL, 
	product VARCHAR NOT NULL, 
	deadline_text VARCHAR NOT NULL, 
	due_date DATE, 
	recurrence VARCHAR, 
	budget_million VARCHAR, 
	status VARCHAR NOT NULL, 
	progress INTEGER NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(plan_id) REFERENCES "plan" (id), 
	FOREIGN KEY(group_id) REFERENCES task_group (id), 
	FOREIGN KEY(parent_id) REFERENCES task (id), 
	FOREIGN KEY(lead_unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_task_change_seq ON task (change_seq);
CREATE INDEX ix_task_group_id ON task (group_id);
CREATE INDEX ix_task_lead_unit_id ON task (lead_unit_id);
CREATE INDEX ix_task_parent_id ON task (parent_id);
CREATE INDEX ix_task_plan_id ON task (plan_id);

CREATE TABLE team_member (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	team_id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	organisation VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	joined_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(team_id) REFERENCES community_team (id)
);
CREATE INDEX ix_team_member_change_seq ON team_member (change_seq);
CREATE INDEX ix_team_member_team_id ON team_member (team_id);

CREATE TABLE task_partner (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	task_id VARCHAR NOT NULL, 
	unit_id VARCHAR, 
	printed_text VARCHAR NOT NULL, 
	sort_order INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(task_id) REFERENCES task (id), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_task_partner_change_seq ON task_partner (change_seq);
CREATE INDEX ix_task_partner_task_id ON task_partner (task_id);

CREATE TABLE task_update (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	task_id VARCHAR NOT NULL, 
	at DATETIME NOT NULL, 
	author VARCHAR NOT NULL, 
	status_from VARCHAR, 
	status_to VARCHAR, 
	progress_from INTEGER, 
	progress_to INTEGER, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(task_id) REFERENCES task (id)
);
CREATE INDEX ix_task_update_change_seq ON task_update (change_seq);
CREATE INDEX ix_task_update_task_id ON task_update (task_id);

CREATE TABLE evidence (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	file_name VARCHAR NOT NULL, 
	size INTEGER NOT NULL, 
	task_update_id VARCHAR, 
	indicator_value_id VARCHAR, 
	activity_id VARCHAR, 
	review_state VARCHAR NOT NULL, 
	review_reason VARCHAR NOT NULL, 
	reviewed_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(task_update_id) REFERENCES task_update (id), 
	FOREIGN KEY(indicator_value_id) REFERENCES indicator_value (id), 
	FOREIGN KEY(activity_id) REFERENCES activity (id)
);
CREATE INDEX ix_evidence_change_seq ON evidence (change_seq);
CREATE INDEX ix_evidence_sha256 ON evidence (sha256);
CREATE INDEX ix_evidence_task_update_id ON evidence (task_update_id);

INSERT INTO change_counter (id, value) VALUES (1, 0);
