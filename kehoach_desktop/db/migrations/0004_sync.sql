-- 0004: sync (SPEC §6): devices and keys, packages exchanged, what a hamlet device last
-- received from the office, conflicts to decide, destinations, the outbox and the inbox.

CREATE TABLE sync_device (
	device_id VARCHAR(36) NOT NULL, 
	role VARCHAR NOT NULL, 
	hamlet_id VARCHAR, 
	public_key VARCHAR NOT NULL, 
	fingerprint VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	is_local BOOLEAN NOT NULL, 
	registered_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	received_seq INTEGER NOT NULL, 
	received_package_id VARCHAR NOT NULL, 
	acked_seq INTEGER NOT NULL, 
	last_import_at DATETIME, 
	last_export_at DATETIME, 
	PRIMARY KEY (device_id), 
	FOREIGN KEY(hamlet_id) REFERENCES hamlet (id)
);
CREATE INDEX ix_sync_device_hamlet_id ON sync_device (hamlet_id);

CREATE TABLE sync_package (
	package_id VARCHAR(36) NOT NULL, 
	direction VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	peer_device_id VARCHAR NOT NULL, 
	hamlet_id VARCHAR, 
	file_name VARCHAR NOT NULL, 
	file_sha256 VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	since_seq INTEGER NOT NULL, 
	seq_to INTEGER NOT NULL, 
	local_seq_from INTEGER NOT NULL, 
	local_seq_to INTEGER NOT NULL, 
	record_count INTEGER NOT NULL, 
	new INTEGER NOT NULL, 
	updated INTEGER NOT NULL, 
	unchanged INTEGER NOT NULL, 
	conflicts INTEGER NOT NULL, 
	rejected INTEGER NOT NULL, 
	messages_json VARCHAR NOT NULL, 
	PRIMARY KEY (package_id)
);
CREATE INDEX ix_sync_package_peer_device_id ON sync_package (peer_device_id);

CREATE TABLE sync_base (
	record_id VARCHAR(36) NOT NULL, 
	peer_device_id VARCHAR NOT NULL, 
	hash VARCHAR NOT NULL, 
	PRIMARY KEY (record_id)
);

CREATE TABLE sync_conflict (
	id VARCHAR(36) NOT NULL, 
	package_id VARCHAR NOT NULL, 
	peer_device_id VARCHAR NOT NULL, 
	table_name VARCHAR NOT NULL, 
	record_id VARCHAR NOT NULL, 
	hamlet_id VARCHAR, 
	label VARCHAR NOT NULL, 
	local_json VARCHAR NOT NULL, 
	incoming_json VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	resolved_at DATETIME, 
	resolution VARCHAR, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_sync_conflict_record_id ON sync_conflict (record_id);

CREATE TABLE sync_destination (
	name VARCHAR NOT NULL, 
	url VARCHAR NOT NULL, 
	username VARCHAR NOT NULL, 
	inbox BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (name)
);

CREATE TABLE outbox_item (
	id VARCHAR(36) NOT NULL, 
	destination VARCHAR NOT NULL, 
	file_name VARCHAR NOT NULL, 
	stored_path VARCHAR NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	size INTEGER NOT NULL, 
	state VARCHAR NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error VARCHAR NOT NULL, 
	next_attempt_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	delivered_at DATETIME, 
	remote_ref VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (destination, sha256), 
	FOREIGN KEY(destination) REFERENCES sync_destination (name)
);
CREATE INDEX ix_outbox_item_destination ON outbox_item (destination);
CREATE INDEX ix_outbox_item_state ON outbox_item (state);

CREATE TABLE inbox_entry (
	id VARCHAR(36) NOT NULL, 
	destination VARCHAR NOT NULL, 
	remote_name VARCHAR NOT NULL, 
	remote_tag VARCHAR NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	package_id VARCHAR NOT NULL, 
	outcome VARCHAR NOT NULL, 
	message VARCHAR NOT NULL, 
	seen_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (destination, remote_name, remote_tag)
);
CREATE INDEX ix_inbox_entry_destination ON inbox_entry (destination);
