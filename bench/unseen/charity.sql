CREATE TABLE donors (
  donor_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT UNIQUE,
  city TEXT NOT NULL,
  joined_on TEXT NOT NULL, -- 'YYYY-MM-DD', date the donor record was created
  referred_by_donor_id INTEGER REFERENCES donors(donor_id), -- the existing donor who introduced this donor; NULL if not referred
  marketing_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_in IN (0, 1)) -- 1 = consented to receive marketing emails
);
CREATE TABLE campaigns (
  campaign_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL CHECK (channel IN ('mail', 'email', 'event', 'online', 'street')),
  start_date TEXT NOT NULL, -- 'YYYY-MM-DD'
  end_date TEXT NOT NULL, -- 'YYYY-MM-DD', last day of the campaign (inclusive)
  target_pence INTEGER -- fundraising target in pence (GBP); NULL = no target set
);
CREATE TABLE donations (
  donation_id INTEGER PRIMARY KEY,
  donor_id INTEGER NOT NULL REFERENCES donors(donor_id),
  campaign_id INTEGER REFERENCES campaigns(campaign_id), -- NULL = general (unrestricted) donation not tied to a campaign
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0), -- amount in pence (GBP), before any Gift Aid
  donated_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  payment_method TEXT NOT NULL CHECK (payment_method IN ('card', 'cash', 'cheque', 'bank_transfer', 'paypal')),
  gift_aid INTEGER NOT NULL DEFAULT 0 CHECK (gift_aid IN (0, 1)), -- 1 = donor made a Gift Aid declaration: the charity can reclaim 25p from HMRC per GBP 1 donated
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'refunded', 'failed')) -- only 'received' money was actually kept
);
CREATE TABLE pledges (
  pledge_id INTEGER PRIMARY KEY,
  donor_id INTEGER NOT NULL REFERENCES donors(donor_id),
  monthly_amount_pence INTEGER NOT NULL CHECK (monthly_amount_pence > 0), -- amount collected each month by direct debit, in pence
  started_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  cancelled_on TEXT -- 'YYYY-MM-DD'; NULL = the pledge is still active
);
CREATE TABLE volunteers (
  volunteer_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  joined_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  dbs_checked INTEGER NOT NULL DEFAULT 0 CHECK (dbs_checked IN (0, 1)), -- 1 = DBS background check completed
  donor_id INTEGER REFERENCES donors(donor_id) -- the volunteer's donor record; NULL if the volunteer is not a registered donor
);
CREATE TABLE events (
  event_id INTEGER PRIMARY KEY,
  campaign_id INTEGER REFERENCES campaigns(campaign_id), -- NULL = internal event not linked to a campaign
  name TEXT NOT NULL,
  event_date TEXT NOT NULL, -- 'YYYY-MM-DD'
  city TEXT NOT NULL
);
CREATE TABLE volunteer_shifts (
  shift_id INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(volunteer_id),
  event_id INTEGER NOT NULL REFERENCES events(event_id),
  role TEXT NOT NULL CHECK (role IN ('setup', 'steward', 'registration', 'first_aid', 'collector')),
  shift_start TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  shift_end TEXT NOT NULL -- 'YYYY-MM-DD HH:MM:SS'
);

INSERT INTO donors VALUES
(1, 'Margaret Holloway', 'm.holloway@example.org', 'Leeds', '2023-11-04', NULL, 1),
(2, 'Daniel Okafor', 'daniel.okafor@example.com', 'Manchester', '2024-01-12', NULL, 1),
(3, 'Priya Raman', 'priya.raman@example.com', 'Leeds', '2024-01-20', 1, 1),
(4, 'Thomas Whitfield', 'twhitfield@example.net', 'York', '2024-02-03', NULL, 0),
(5, 'Aisha Bello', 'aisha.b@example.com', 'Manchester', '2024-02-17', 2, 1),
(6, 'George Pemberton', 'g.pemberton@example.co.uk', 'Sheffield', '2024-03-01', 1, 0),
(7, 'Chloe Davies', 'chloe.davies@example.com', 'Leeds', '2024-03-15', NULL, 1),
(8, 'Ravi Shah', 'ravi.shah@example.com', 'Bradford', '2024-04-02', 3, 0),
(9, 'Eleanor Marsh', 'eleanor.marsh@example.org', 'York', '2024-04-22', 1, 1),
(10, 'Samuel Kerr', 'sam.kerr@example.net', 'Sheffield', '2024-05-10', NULL, 0),
(11, 'Fiona MacLeod', 'fiona.macleod@example.com', 'Manchester', '2024-05-28', 2, 1),
(12, 'Harry Lindqvist', 'harry.l@example.com', 'Leeds', '2024-06-14', NULL, 0),
(13, 'Olivia Brennan', 'olivia.brennan@example.com', 'Bradford', '2024-07-01', 7, 1),
(14, 'Matthew Cole', 'mcole@example.co.uk', 'York', '2024-07-19', NULL, 0),
(15, 'Zainab Hussain', 'zainab.hussain@example.com', 'Bradford', '2024-08-05', 8, 1),
(16, 'Peter Langley', 'peter.langley@example.org', 'Sheffield', '2024-09-09', NULL, 0),
(17, 'Rebecca Stone', 'rebecca.stone@example.com', 'Leeds', '2024-10-01', 1, 1),
(18, 'Jonathan Ashby', 'j.ashby@example.net', 'Manchester', '2024-11-11', 5, 0),
(19, 'Grace Nwosu', 'grace.nwosu@example.com', 'Leeds', '2025-01-08', NULL, 1),
(20, 'William Hart', 'will.hart@example.com', 'York', '2025-02-14', 4, 0),
(21, 'Sophie Turner', 'sophie.t@example.com', 'Sheffield', '2025-03-03', NULL, 1),
(22, 'Imran Qureshi', 'imran.qureshi@example.com', 'Bradford', '2025-04-18', 15, 0),
(23, 'Lucy Fenwick', 'lucy.fenwick@example.org', 'Harrogate', '2025-05-02', NULL, 1),
(24, 'Oscar Bright', 'oscar.bright@example.com', 'Leeds', '2025-06-20', 2, 0),
(25, 'Hannah Price', 'hannah.price@example.com', 'York', '2025-08-07', NULL, 1),
(26, 'Nathan Doyle', 'nathan.doyle@example.net', 'Manchester', '2025-09-15', NULL, 0);

INSERT INTO campaigns VALUES
(1, 'Winter Appeal 2024', 'mail', '2024-01-15', '2024-03-31', 50000),
(2, 'Spring Fun Run 2024', 'event', '2024-04-01', '2024-05-31', 15000),
(3, 'Summer Raffle 2024', 'event', '2024-06-01', '2024-08-31', NULL),
(4, 'Christmas Appeal 2024', 'mail', '2024-11-01', '2024-12-31', 30000),
(5, 'Online Giving Day 2025', 'online', '2025-03-01', '2025-03-07', 10000),
(6, 'Spring Fun Run 2025', 'event', '2025-04-01', '2025-05-31', 20000),
(7, 'Legacy Awareness Week', 'email', '2025-06-09', '2025-06-15', 5000),
(8, 'Autumn Street Collection 2025', 'street', '2025-09-01', '2025-10-31', 10000);

INSERT INTO donations VALUES
(1, 1, 1, 5000, '2024-01-20 10:15:00', 'cheque', 1, 'received'),
(2, 2, 1, 2500, '2024-01-28 19:42:00', 'card', 0, 'received'),
(3, 3, 1, 10000, '2024-02-10 12:05:00', 'bank_transfer', 1, 'received'),
(4, 4, 1, 2000, '2024-02-21 09:30:00', 'card', 1, 'received'),
(5, 6, 1, 7500, '2024-03-05 16:20:00', 'cheque', 1, 'received'),
(6, 7, 1, 1500, '2024-03-30 11:11:00', 'paypal', 0, 'received'),
(7, 1, 1, 2500, '2024-04-05 10:00:00', 'cheque', 1, 'received'),
(8, 5, 2, 3000, '2024-04-14 08:45:00', 'card', 1, 'received'),
(9, 8, 2, 1000, '2024-04-14 09:10:00', 'cash', 0, 'received'),
(10, 9, 2, 4500, '2024-05-02 13:25:00', 'paypal', 1, 'received'),
(11, 10, 2, 2000, '2024-05-19 17:50:00', 'card', 0, 'received'),
(12, 6, 2, 5000, '2024-05-25 10:05:00', 'card', 1, 'refunded'),
(13, 11, NULL, 24000, '2024-06-03 15:00:00', 'bank_transfer', 1, 'received'),
(14, 3, 3, 1000, '2024-06-22 14:30:00', 'cash', 0, 'received'),
(15, 13, 3, 500, '2024-07-06 11:00:00', 'cash', 0, 'received'),
(16, 10, 3, 1500, '2024-07-20 12:40:00', 'card', 0, 'received'),
(17, 14, 3, 2000, '2024-08-10 18:15:00', 'paypal', 1, 'failed'),
(18, 14, 3, 2000, '2024-08-11 09:05:00', 'card', 1, 'received'),
(19, 1, NULL, 10000, '2024-09-15 10:30:00', 'cheque', 1, 'received'),
(20, 15, NULL, 3500, '2024-10-08 20:05:00', 'paypal', 1, 'received'),
(21, 17, 4, 6000, '2024-11-05 09:00:00', 'card', 1, 'received'),
(22, 2, 4, 4000, '2024-11-20 19:30:00', 'card', 0, 'received'),
(23, 18, 4, 15000, '2024-12-02 12:00:00', 'bank_transfer', 1, 'received'),
(24, 4, 4, 3000, '2024-12-10 14:45:00', 'cheque', 1, 'received'),
(25, 6, 4, 5000, '2024-12-18 10:10:00', 'card', 1, 'received'),
(26, 9, 4, 2500, '2024-12-31 18:30:00', 'paypal', 1, 'received'),
(27, 7, 4, 2000, '2025-01-06 11:20:00', 'card', 0, 'received'),
(28, 19, 5, 5000, '2025-03-01 08:00:00', 'card', 1, 'received'),
(29, 3, 5, 2500, '2025-03-04 21:15:00', 'paypal', 1, 'received'),
(30, 20, 5, 1000, '2025-03-06 13:00:00', 'card', 0, 'refunded'),
(31, 10, 5, 3000, '2025-03-09 10:45:00', 'card', 0, 'received'),
(32, 1, 6, 7500, '2025-04-12 09:40:00', 'cheque', 1, 'received'),
(33, 22, 6, 2000, '2025-04-26 10:30:00', 'cash', 0, 'received'),
(34, 5, 6, 3500, '2025-05-10 15:55:00', 'card', 1, 'received'),
(35, 23, 6, 1200, '2025-05-24 11:05:00', 'paypal', 0, 'received'),
(36, 17, NULL, 20000, '2025-07-14 16:00:00', 'bank_transfer', 1, 'received'),
(37, 24, NULL, 1500, '2025-08-02 12:25:00', 'card', 0, 'failed'),
(38, 25, 8, 800, '2025-09-06 10:00:00', 'cash', 0, 'received'),
(39, 20, 8, 1000, '2025-09-20 14:10:00', 'cash', 0, 'received'),
(40, 8, 8, 2500, '2025-10-11 11:35:00', 'card', 1, 'received'),
(41, 18, 8, 4000, '2025-10-25 13:00:00', 'card', 1, 'received'),
(42, 13, NULL, 3000, '2025-11-30 19:45:00', 'paypal', 1, 'received');

INSERT INTO pledges VALUES
(1, 12, 1000, '2024-02-01', NULL),
(2, 1, 2000, '2024-01-15', NULL),
(3, 5, 500, '2024-03-01', '2024-09-01'),
(4, 16, 1500, '2024-04-10', NULL),
(5, 7, 800, '2024-05-01', '2025-02-14'),
(6, 9, 1000, '2024-06-15', NULL),
(7, 10, 300, '2024-07-01', '2024-08-20'),
(8, 21, 2500, '2025-03-05', NULL),
(9, 13, 500, '2024-09-01', '2025-06-30'),
(10, 19, 1200, '2025-01-20', NULL),
(11, 2, 700, '2025-02-01', '2025-11-15'),
(12, 26, 1000, '2025-09-20', NULL),
(13, 3, 1500, '2024-12-01', NULL);

INSERT INTO volunteers VALUES
(1, 'Karen Whitley', '2023-09-01', 1, NULL),
(2, 'Thomas Whitfield', '2024-02-10', 1, 4),
(3, 'Beatrice Ola', '2024-03-02', 1, NULL),
(4, 'Liam Fraser', '2024-04-20', 0, NULL),
(5, 'Chloe Davies', '2024-04-25', 1, 7),
(6, 'Marcus Reid', '2024-06-01', 1, NULL),
(7, 'Ruth Abbott', '2024-09-14', 1, NULL),
(8, 'Harry Lindqvist', '2025-01-11', 0, 12),
(9, 'Yusuf Demir', '2024-07-30', 1, NULL),
(10, 'Ellen Moss', '2025-03-22', 0, NULL),
(11, 'Joseph Nnamdi', '2025-05-06', 1, NULL),
(12, 'Hannah Price', '2024-11-02', 1, 25);

INSERT INTO events VALUES
(1, 2, 'Roundhay Park Fun Run', '2024-05-12', 'Leeds'),
(2, 3, 'Summer Raffle Draw Night', '2024-08-30', 'Bradford'),
(3, 4, 'Christmas Carol Collection', '2024-12-14', 'York'),
(4, NULL, 'Volunteer Training Day', '2025-01-25', 'Leeds'),
(5, 6, 'Roundhay Park Fun Run 2025', '2025-05-18', 'Leeds'),
(6, 8, 'Briggate Street Collection', '2025-09-13', 'Leeds'),
(7, 8, 'Sheffield Station Collection', '2025-10-18', 'Sheffield');

INSERT INTO volunteer_shifts VALUES
(1, 1, 1, 'setup', '2024-05-12 07:00:00', '2024-05-12 10:00:00'),
(2, 1, 1, 'steward', '2024-05-12 10:00:00', '2024-05-12 14:30:00'),
(3, 2, 1, 'registration', '2024-05-12 08:00:00', '2024-05-12 12:00:00'),
(4, 3, 1, 'first_aid', '2024-05-12 08:30:00', '2024-05-12 14:30:00'),
(5, 5, 1, 'steward', '2024-05-12 09:00:00', '2024-05-12 13:00:00'),
(6, 6, 2, 'registration', '2024-08-30 18:00:00', '2024-08-30 22:00:00'),
(7, 1, 2, 'setup', '2024-08-30 16:30:00', '2024-08-30 18:00:00'),
(8, 9, 2, 'steward', '2024-08-30 18:00:00', '2024-08-30 22:30:00'),
(9, 2, 3, 'collector', '2024-12-14 10:00:00', '2024-12-14 15:00:00'),
(10, 3, 3, 'collector', '2024-12-14 10:00:00', '2024-12-14 13:30:00'),
(11, 4, 3, 'collector', '2024-12-14 13:30:00', '2024-12-14 16:00:00'),
(12, 12, 3, 'collector', '2024-12-14 10:00:00', '2024-12-14 12:00:00'),
(13, 1, 4, 'registration', '2025-01-25 09:00:00', '2025-01-25 12:30:00'),
(14, 6, 4, 'setup', '2025-01-25 08:30:00', '2025-01-25 09:30:00'),
(15, 3, 5, 'first_aid', '2025-05-18 08:00:00', '2025-05-18 14:00:00'),
(16, 5, 5, 'registration', '2025-05-18 07:30:00', '2025-05-18 11:00:00'),
(17, 9, 5, 'steward', '2025-05-18 09:00:00', '2025-05-18 13:00:00'),
(18, 2, 5, 'steward', '2025-05-18 09:00:00', '2025-05-18 12:00:00'),
(19, 1, 6, 'collector', '2025-09-13 10:00:00', '2025-09-13 14:00:00'),
(20, 12, 6, 'collector', '2025-09-13 10:00:00', '2025-09-13 13:00:00'),
(21, 4, 6, 'collector', '2025-09-13 11:00:00', '2025-09-13 16:00:00'),
(22, 6, 7, 'collector', '2025-10-18 09:30:00', '2025-10-18 13:30:00'),
(23, 3, 7, 'collector', '2025-10-18 09:30:00', '2025-10-18 11:00:00'),
(24, 8, 7, 'collector', '2025-10-18 12:00:00', '2025-10-18 15:00:00');
