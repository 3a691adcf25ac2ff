-- 0002: baselines for running totals, and the register of issued documents.

ALTER TABLE hamlet_figure ADD COLUMN vneid_accounts INTEGER;
ALTER TABLE hamlet_figure ADD COLUMN cashless_households INTEGER;

CREATE TABLE issued_document (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	doc_type VARCHAR NOT NULL, 
	number VARCHAR NOT NULL, 
	issued_on DATE, 
	subject VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_issued_document_change_seq ON issued_document (change_seq);
