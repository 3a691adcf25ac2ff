-- 0003: the history of each hamlet week (submit / accept / return / unlock, with reasons).

CREATE TABLE hamlet_week_event (
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	change_seq INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	hamlet_week_id VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	state_from VARCHAR NOT NULL, 
	state_to VARCHAR NOT NULL, 
	at DATETIME NOT NULL, 
	author VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(hamlet_week_id) REFERENCES hamlet_week (id)
);
CREATE INDEX ix_hamlet_week_event_change_seq ON hamlet_week_event (change_seq);
CREATE INDEX ix_hamlet_week_event_hamlet_week_id ON hamlet_week_event (hamlet_week_id);

-- Who judged a piece of evidence (the review state and reason are in 0001).
ALTER TABLE evidence ADD COLUMN reviewed_by VARCHAR NOT NULL DEFAULT '';
