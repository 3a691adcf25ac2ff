-- 0005: the register of issued reports (number, date, signer, free texts), so that a
-- recorded report is written again identically.

CREATE TABLE report (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	kind VARCHAR NOT NULL, 
	period_code VARCHAR NOT NULL, 
	windows VARCHAR NOT NULL, 
	doc_type VARCHAR NOT NULL, 
	number INTEGER, 
	number_year INTEGER, 
	report_date DATE, 
	signer_authority VARCHAR NOT NULL, 
	signer_title VARCHAR NOT NULL, 
	signer_name VARCHAR NOT NULL, 
	recipients_json VARCHAR NOT NULL, 
	legal_bases_json VARCHAR, 
	difficulties VARCHAR, 
	directions VARCHAR, 
	proposals VARCHAR, 
	pdf_sha256 VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (kind, period_code), 
	UNIQUE (doc_type, number_year, number)
);
CREATE INDEX ix_report_change_seq ON report (change_seq);
CREATE INDEX ix_report_period_code ON report (period_code);
