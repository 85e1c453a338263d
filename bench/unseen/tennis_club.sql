CREATE TABLE members (
  member_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  phone TEXT, -- mobile number; NULL = not given
  date_of_birth TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE memberships (
  membership_id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(member_id),
  tier TEXT NOT NULL CHECK (tier IN ('junior', 'adult', 'senior', 'family', 'off_peak')), -- off_peak members may only book courts Monday-Friday, starting before 17:00
  started_on TEXT NOT NULL, -- 'YYYY-MM-DD' first day of this membership
  ended_on TEXT, -- 'YYYY-MM-DD' last day of this membership (inclusive); NULL = still active
  annual_fee_pence INTEGER NOT NULL CHECK (annual_fee_pence >= 0), -- yearly subscription in pence (GBP)
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE TABLE courts (
  court_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sport TEXT NOT NULL CHECK (sport IN ('tennis', 'padel')),
  surface TEXT NOT NULL CHECK (surface IN ('hard', 'clay', 'grass', 'artificial_grass')),
  is_indoor INTEGER NOT NULL DEFAULT 0 CHECK (is_indoor IN (0, 1)), -- 1 = covered/indoor court
  has_floodlights INTEGER NOT NULL DEFAULT 0 CHECK (has_floodlights IN (0, 1)),
  opened_on TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE bookings (
  booking_id INTEGER PRIMARY KEY,
  court_id INTEGER NOT NULL REFERENCES courts(court_id),
  member_id INTEGER NOT NULL REFERENCES members(member_id), -- the member who made (and pays for) the booking
  starts_at TEXT NOT NULL, -- local start time, 'YYYY-MM-DD HH:MM'
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  status TEXT NOT NULL CHECK (status IN ('booked', 'played', 'cancelled', 'no_show')), -- booked = upcoming, not yet played
  fee_pence INTEGER NOT NULL CHECK (fee_pence >= 0) -- court fee in pence; charged for played and no_show bookings, refunded for cancelled ones, not yet taken for booked ones
);
CREATE TABLE booking_guests (
  guest_id INTEGER PRIMARY KEY,
  booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
  guest_name TEXT NOT NULL, -- non-member brought along by the booking member
  guest_email TEXT, -- NULL = not given
  guest_fee_pence INTEGER NOT NULL CHECK (guest_fee_pence >= 0) -- guest fee in pence; 250 for under-18 guests, 0 when waived
);
CREATE TABLE coaches (
  coach_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  sport TEXT NOT NULL CHECK (sport IN ('tennis', 'padel')),
  qualification TEXT NOT NULL, -- e.g. 'LTA Level 3'
  hourly_rate_pence INTEGER NOT NULL -- standard private-lesson rate in pence per hour
);
CREATE TABLE coaching_sessions (
  session_id INTEGER PRIMARY KEY,
  coach_id INTEGER NOT NULL REFERENCES coaches(coach_id),
  member_id INTEGER NOT NULL REFERENCES members(member_id),
  court_id INTEGER REFERENCES courts(court_id), -- NULL = off-court session (fitness or video analysis)
  starts_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM'
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
  price_pence INTEGER NOT NULL CHECK (price_pence >= 0) -- what the member pays, in pence; not charged if cancelled
);
CREATE TABLE ladder_matches (
  match_id INTEGER PRIMARY KEY,
  played_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  winner_id INTEGER NOT NULL REFERENCES members(member_id),
  loser_id INTEGER NOT NULL REFERENCES members(member_id),
  score TEXT NOT NULL, -- set scores from the winner's side, or 'w/o' for a walkover
  is_walkover INTEGER NOT NULL DEFAULT 0 CHECK (is_walkover IN (0, 1)), -- 1 = loser did not turn up; no play took place
  CHECK (winner_id <> loser_id)
);

INSERT INTO members VALUES
(1, 'Alice', 'Morgan', 'alice.morgan@example.com', '07700 900101', '1985-03-12'),
(2, 'Ben', 'Carter', 'ben.carter@example.com', '07700 900102', '1990-07-04'),
(3, 'Chloe', 'Davies', 'chloe.davies@example.com', NULL, '2010-05-20'),
(4, 'Daniel', 'Evans', 'd.evans@example.com', '07700 900104', '1958-11-30'),
(5, 'Emma', 'Fisher', 'emma.fisher@example.com', '07700 900105', '1992-02-14'),
(6, 'Farid', 'Khan', 'farid.khan@example.com', '07700 900106', '1979-09-15'),
(7, 'Grace', 'Hughes', 'grace.h@example.com', NULL, '1988-12-01'),
(8, 'Harry', 'Jones', 'harry.jones@example.com', NULL, '2008-01-10'),
(9, 'Isla', 'Kennedy', 'isla.kennedy@example.com', '07700 900109', '1995-06-18'),
(10, 'Jack', 'Lewis', 'jack.lewis@example.com', '07700 900110', '1965-01-01'),
(11, 'Katie', 'Martin', 'katie.martin@example.com', '07700 900111', '1960-08-08'),
(12, 'Liam', 'Nolan', 'liam.nolan@example.com', NULL, '1983-10-05'),
(13, 'Maya', 'Patel', 'maya.patel@example.com', '07700 900113', '1999-03-03'),
(14, 'Noah', 'Quinn', 'noah.quinn@example.com', '07700 900114', '1987-01-27'),
(15, 'Olivia', 'Reed', 'olivia.reed@example.com', NULL, '2001-11-11'),
(16, 'Priya', 'Shah', 'priya.shah@example.com', '07700 900116', '1975-05-05');

INSERT INTO memberships VALUES
(1, 1, 'adult', '2019-04-01', NULL, 42000),
(2, 2, 'adult', '2021-01-15', NULL, 42000),
(3, 3, 'junior', '2022-09-01', NULL, 9000),
(4, 4, 'senior', '2018-05-01', NULL, 30000),
(5, 5, 'adult', '2020-03-01', '2023-02-28', 39000),
(6, 6, 'family', '2022-01-10', NULL, 78000),
(7, 7, 'adult', '2023-05-01', '2025-04-30', 42000),
(8, 8, 'junior', '2024-01-05', NULL, 9000),
(9, 9, 'off_peak', '2024-02-01', '2025-09-30', 25000),
(10, 10, 'adult', '2017-03-01', '2021-12-31', 36000),
(11, 11, 'senior', '2020-06-01', NULL, 30000),
(12, 12, 'adult', '2025-01-10', NULL, 42000),
(13, 13, 'adult', '2023-09-01', '2025-08-31', 42000),
(14, 14, 'family', '2022-01-10', NULL, 78000),
(15, 15, 'off_peak', '2025-02-01', NULL, 25000),
(16, 16, 'adult', '2016-09-01', NULL, 42000),
(17, 5, 'off_peak', '2024-06-01', NULL, 25000),
(18, 10, 'adult', '2025-03-01', NULL, 42000),
(19, 9, 'adult', '2025-10-01', NULL, 42000);

INSERT INTO courts VALUES
(1, 'Court 1', 'tennis', 'hard', 0, 1, '2012-04-01'),
(2, 'Court 2', 'tennis', 'hard', 0, 1, '2012-04-01'),
(3, 'Court 3', 'tennis', 'clay', 0, 0, '2015-05-01'),
(4, 'Court 4', 'tennis', 'artificial_grass', 0, 0, '2015-05-01'),
(5, 'Indoor A', 'tennis', 'hard', 1, 1, '2019-10-01'),
(6, 'Padel 1', 'padel', 'artificial_grass', 0, 1, '2021-06-01'),
(7, 'Padel 2', 'padel', 'artificial_grass', 1, 1, '2023-03-01'),
(8, 'Padel 3', 'padel', 'artificial_grass', 1, 1, '2025-10-01');

INSERT INTO bookings VALUES
(1, 1, 1, '2025-09-02 18:00', 60, 'played', 600),
(2, 2, 2, '2025-09-05 19:00', 90, 'played', 900),
(3, 6, 6, '2025-09-13 10:00', 90, 'played', 3000),
(4, 5, 1, '2025-09-20 08:00', 60, 'played', 1200),
(5, 4, 7, '2025-09-27 14:00', 60, 'cancelled', 600),
(6, 7, 16, '2025-09-30 22:00', 60, 'played', 2400),
(7, 1, 2, '2025-10-01 07:00', 60, 'played', 600),
(8, 3, 4, '2025-10-03 11:00', 120, 'played', 1400),
(9, 6, 6, '2025-10-04 10:00', 90, 'cancelled', 3000),
(10, 2, 9, '2025-10-11 10:00', 60, 'no_show', 600),
(11, 7, 14, '2025-10-10 20:00', 90, 'played', 3600),
(12, 5, 1, '2025-10-12 08:00', 60, 'played', 1200),
(13, 1, 3, '2025-10-15 16:30', 60, 'played', 600),
(14, 4, 10, '2025-10-18 15:00', 90, 'cancelled', 900),
(15, 2, 11, '2025-10-21 10:00', 60, 'no_show', 600),
(16, 6, 6, '2025-10-25 10:00', 90, 'played', 3000),
(17, 7, 2, '2025-10-31 22:30', 90, 'played', 3600),
(18, 3, 13, '2025-11-01 09:00', 60, 'no_show', 700),
(19, 1, 5, '2025-11-04 18:00', 60, 'played', 600),
(20, 5, 15, '2025-11-08 19:00', 120, 'played', 2400),
(21, 6, 6, '2025-11-08 10:00', 90, 'cancelled', 3000),
(22, 2, 1, '2025-11-12 18:30', 90, 'played', 900),
(23, 7, 16, '2025-11-15 21:00', 60, 'played', 2400),
(24, 2, 2, '2025-11-30 22:00', 60, 'played', 600),
(25, 6, 6, '2025-12-06 10:00', 90, 'booked', 3000);

INSERT INTO booking_guests VALUES
(1, 1, 'Tom Baker', 'tom.baker@example.net', 500),
(2, 3, 'Sara Lin', 'sara.lin@example.net', 500),
(3, 3, 'Mark Lin', NULL, 500),
(4, 3, 'Jo Price', 'jo.price@example.net', 500),
(5, 11, 'Dev Anand', NULL, 500),
(6, 11, 'Tom Baker', 'tom.baker@example.net', 500),
(7, 16, 'Sara Lin', 'sara.lin@example.net', 500),
(8, 16, 'Ruth Cole', NULL, 500),
(9, 17, 'Ollie Grant', 'ollie.g@example.net', 500),
(10, 17, 'Tom Baker', 'tom.baker@example.net', 500),
(11, 17, 'Nina Ford', NULL, 500),
(12, 9, 'Sara Lin', 'sara.lin@example.net', 0),
(13, 20, 'Amy West', NULL, 250),
(14, 23, 'Paul Ross', 'paul.ross@example.net', 500),
(15, 13, 'Ella Moss', NULL, 250);

INSERT INTO coaches VALUES
(1, 'Marco', 'Rossi', 'tennis', 'LTA Level 4', 4500),
(2, 'Sophie', 'Turner', 'tennis', 'LTA Level 3', 3500),
(3, 'Javier', 'Ortega', 'padel', 'Padel Pro Coach', 4000),
(4, 'Hannah', 'Webb', 'tennis', 'LTA Level 2', 2500),
(5, 'Kwame', 'Mensah', 'tennis', 'LTA Level 5', 6000),
(6, 'Lucia', 'Mendez', 'padel', 'Padel Level 2', 3000),
(7, 'Ryan', 'Cole', 'tennis', 'LTA Level 1', 2000),
(8, 'Anna', 'Berg', 'padel', 'Padel Level 1', 2200);

INSERT INTO coaching_sessions VALUES
(1, 1, 1, 5, '2025-09-03 09:00', 60, 'completed', 4500),
(2, 1, 2, 1, '2025-09-10 17:00', 60, 'completed', 4500),
(3, 1, 1, 5, '2025-10-01 09:00', 60, 'completed', 4500),
(4, 1, 2, 5, '2025-10-08 09:00', 60, 'completed', 4500),
(5, 1, 16, 2, '2025-10-15 18:00', 90, 'cancelled', 6750),
(6, 2, 3, 1, '2025-09-06 10:00', 60, 'completed', 3500),
(7, 2, 8, 1, '2025-09-06 11:00', 60, 'completed', 3500),
(8, 2, 3, 1, '2025-10-04 10:00', 60, 'completed', 3500),
(9, 2, 8, 1, '2025-10-04 11:00', 60, 'completed', 3500),
(10, 2, 8, 3, '2025-11-01 11:00', 60, 'cancelled', 3500),
(11, 3, 6, 6, '2025-09-20 12:00', 60, 'completed', 4000),
(12, 3, 14, 7, '2025-10-11 12:00', 90, 'completed', 6000),
(13, 3, 6, 7, '2025-11-15 12:00', 60, 'completed', 4000),
(14, 5, 11, 5, '2025-10-20 14:00', 60, 'completed', 6000),
(15, 5, 4, NULL, '2025-11-03 14:00', 45, 'completed', 4500),
(16, 6, 15, 6, '2025-11-05 18:00', 60, 'completed', 3000),
(17, 6, 15, 7, '2025-12-03 18:00', 60, 'scheduled', 3000),
(18, 7, 5, NULL, '2025-10-22 17:00', 30, 'completed', 1000),
(19, 5, 4, 5, '2025-11-17 14:00', 60, 'completed', 6000),
(20, 3, 14, 6, '2025-11-29 12:00', 60, 'cancelled', 4000),
(21, 8, 13, 7, '2025-08-20 18:00', 60, 'cancelled', 2200);

INSERT INTO ladder_matches VALUES
(1, '2025-09-07', 1, 2, '6-4 6-3', 0),
(2, '2025-09-14', 2, 10, '7-5 6-2', 0),
(3, '2025-09-21', 16, 1, '6-3 3-6 10-8', 0),
(4, '2025-09-28', 4, 11, '6-2 6-1', 0),
(5, '2025-10-05', 1, 13, '6-0 6-1', 0),
(6, '2025-10-12', 13, 9, 'w/o', 1),
(7, '2025-10-19', 2, 16, '4-6 6-4 10-7', 0),
(8, '2025-10-26', 10, 4, '6-4 7-6', 0),
(9, '2025-11-02', 1, 16, '6-2 6-4', 0),
(10, '2025-11-09', 16, 2, '6-4 6-4', 0),
(11, '2025-11-16', 9, 11, '6-3 6-3', 0),
(12, '2025-11-23', 2, 1, '7-6 6-7 10-6', 0),
(13, '2025-11-30', 11, 13, 'w/o', 1),
(14, '2025-12-07', 14, 10, '6-1 6-2', 0),
(15, '2025-12-14', 16, 11, 'w/o', 1);
