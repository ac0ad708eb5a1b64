-- User administration lists users page by page, filtered by role and active flag and sorted by name, role or
-- creation; these indexes keep that off full scans when the roster grows (username is indexed by its unique key).
CREATE INDEX acc_user_role_ix ON acc_user (role, username);
CREATE INDEX acc_user_active_ix ON acc_user (active, username);
CREATE INDEX acc_user_display_name_ix ON acc_user (display_name);
CREATE INDEX acc_user_created_ix ON acc_user (created_at);
