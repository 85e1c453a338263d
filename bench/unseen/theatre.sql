CREATE TABLE venues (
  venue_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0), -- number of seats in the auditorium
  step_free_access INTEGER NOT NULL DEFAULT 0 CHECK (step_free_access IN (0, 1)) -- 1 = wheelchair / step-free access to the auditorium
);
CREATE TABLE productions (
  production_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  genre TEXT NOT NULL CHECK (genre IN ('drama', 'comedy', 'musical', 'tragedy')),
  director TEXT NOT NULL,
  opening_date TEXT NOT NULL, -- 'YYYY-MM-DD', first night
  closing_date TEXT -- 'YYYY-MM-DD', last night; NULL = still running, no closing date set yet
);
CREATE TABLE performances (
  performance_id INTEGER PRIMARY KEY,
  production_id INTEGER NOT NULL REFERENCES productions(production_id),
  venue_id INTEGER NOT NULL REFERENCES venues(venue_id),
  starts_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS', local curtain-up time
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)) -- 1 = performance was cancelled and did not go ahead
);
CREATE TABLE patrons (
  patron_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT UNIQUE,
  city TEXT NOT NULL,
  member_since TEXT -- 'YYYY-MM-DD' the patron joined the membership scheme; NULL = not a member
);
CREATE TABLE bookings (
  booking_id INTEGER PRIMARY KEY,
  performance_id INTEGER NOT NULL REFERENCES performances(performance_id),
  patron_id INTEGER NOT NULL REFERENCES patrons(patron_id), -- the patron who made and paid for the booking
  gifted_to_patron_id INTEGER REFERENCES patrons(patron_id), -- patron the tickets were bought for as a gift; NULL = not a gift
  seats INTEGER NOT NULL CHECK (seats > 0), -- number of seats (tickets) in the booking
  seat_price_pence INTEGER NOT NULL CHECK (seat_price_pence > 0), -- price of ONE seat in pence (GBP); booking total = seats * seat_price_pence
  booked_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  refunded_at TEXT -- 'YYYY-MM-DD HH:MM:SS' the booking was refunded in full; NULL = not refunded (yet)
);
CREATE TABLE actors (
  actor_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  equity_member INTEGER NOT NULL DEFAULT 1 CHECK (equity_member IN (0, 1)) -- 1 = member of the Equity actors' union
);
CREATE TABLE casting (
  cast_id INTEGER PRIMARY KEY,
  production_id INTEGER NOT NULL REFERENCES productions(production_id),
  actor_id INTEGER NOT NULL REFERENCES actors(actor_id),
  role_name TEXT NOT NULL, -- character played (an actor may double several roles in one production)
  is_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)), -- 1 = billed as a lead role
  understudy_for_cast_id INTEGER REFERENCES casting(cast_id) -- set when this entry is an understudy: the casting entry it covers; NULL = principal role
);

INSERT INTO venues VALUES
(1, 'The Lyric Hall', 'London', 900, 1),
(2, 'Riverside Studio', 'London', 220, 1),
(3, 'Corn Exchange', 'Bristol', 540, 0),
(4, 'The Old Chapel', 'Bath', 120, 0),
(5, 'Northgate Playhouse', 'York', 380, 1),
(6, 'Quayside Theatre', 'Newcastle', 650, 1),
(7, 'The Assembly Rooms', 'Edinburgh', 310, 0),
(8, 'Market Hall Theatre', 'Leeds', 480, 1),
(9, 'St Mary''s Studio', 'Oxford', 90, 0),
(10, 'Crescent Theatre', 'Cardiff', 700, 1);

INSERT INTO productions VALUES
(1, 'The Winter''s Tale', 'drama', 'Helen Achterberg', '2024-09-12', '2024-11-30'),
(2, 'Blithe Spirit', 'comedy', 'Marcus Bell', '2024-10-03', '2024-12-21'),
(3, 'Into the Woods', 'musical', 'Priya Chandran', '2024-11-20', '2025-02-15'),
(4, 'A Doll''s House', 'drama', 'Helen Achterberg', '2025-01-10', '2025-03-08'),
(5, 'Noises Off', 'comedy', 'Marcus Bell', '2025-02-06', NULL),
(6, 'Sweeney Todd', 'musical', 'Oliver Grange', '2025-03-01', NULL),
(7, 'The Seagull', 'drama', 'Priya Chandran', '2025-03-20', NULL),
(8, 'Hamlet', 'tragedy', 'Oliver Grange', '2025-06-05', NULL),
(9, 'The Importance of Being Earnest', 'comedy', 'Marcus Bell', '2024-08-05', '2024-08-25'),
(10, 'Arcadia', 'drama', 'Helen Achterberg', '2025-09-10', '2025-10-25');

INSERT INTO performances VALUES
(1, 1, 1, '2024-09-12 19:30:00', 0),
(2, 1, 1, '2024-09-14 14:30:00', 0),
(3, 1, 3, '2024-10-18 19:30:00', 0),
(4, 1, 3, '2024-10-19 19:30:00', 1),
(5, 2, 2, '2024-10-03 19:30:00', 0),
(6, 2, 2, '2024-10-05 14:30:00', 0),
(7, 2, 4, '2024-11-22 19:00:00', 0),
(8, 2, 4, '2024-11-23 19:00:00', 0),
(9, 3, 1, '2024-11-20 19:30:00', 0),
(10, 3, 1, '2024-12-14 14:30:00', 0),
(11, 3, 1, '2024-12-31 19:30:00', 0),
(12, 3, 5, '2025-02-14 19:30:00', 1),
(13, 3, 5, '2025-02-15 19:30:00', 0),
(14, 4, 2, '2025-01-10 19:30:00', 0),
(15, 4, 2, '2025-01-11 14:30:00', 0),
(16, 4, 4, '2025-03-01 19:00:00', 1),
(17, 4, 4, '2025-03-08 19:00:00', 0),
(18, 5, 3, '2025-02-06 19:30:00', 0),
(19, 5, 3, '2025-02-08 14:30:00', 0),
(20, 5, 3, '2025-03-15 19:30:00', 0),
(21, 5, 5, '2025-03-31 19:30:00', 0),
(22, 5, 8, '2025-04-05 14:30:00', 0),
(23, 6, 1, '2025-03-01 19:30:00', 0),
(24, 6, 1, '2025-03-22 14:30:00', 1),
(25, 6, 1, '2025-03-29 19:30:00', 0),
(26, 6, 1, '2025-04-12 19:30:00', 0),
(27, 7, 2, '2025-03-20 19:30:00', 0),
(28, 7, 2, '2025-04-01 19:30:00', 0),
(29, 7, 9, '2025-04-10 19:00:00', 0),
(30, 7, 9, '2025-04-11 14:00:00', 0),
(31, 9, 7, '2024-08-10 15:00:00', 0),
(32, 9, 7, '2024-08-11 15:00:00', 0);

INSERT INTO patrons VALUES
(1, 'Alice Fenwick', 'alice.fenwick@example.com', 'London', '2021-05-14'),
(2, 'Ben Osei', 'ben.osei@example.com', 'London', NULL),
(3, 'Catherine Doyle', 'c.doyle@example.co.uk', 'Bristol', '2022-09-01'),
(4, 'David Marchetti', 'dmarchetti@example.net', 'London', '2023-01-20'),
(5, 'Emma Thornbury', 'emma.thornbury@example.com', 'Bath', NULL),
(6, 'Farhan Iqbal', 'farhan.iqbal@example.com', 'York', '2024-03-11'),
(7, 'Grace Liu', 'grace.liu@example.com', 'London', NULL),
(8, 'Henry Blackwood', 'h.blackwood@example.org', 'Bristol', '2020-11-02'),
(9, 'Isla McKenzie', 'isla.mck@example.com', 'Bath', NULL),
(10, 'James Adeyemi', 'james.adeyemi@example.com', 'London', '2024-10-05'),
(11, 'Katie Rowe', 'katie.rowe@example.net', 'York', NULL),
(12, 'Liam O''Connor', 'liam.oconnor@example.com', 'London', NULL),
(13, 'Maya Patel', 'maya.patel@example.com', 'Bristol', '2023-06-30'),
(14, 'Nathan Cross', 'nathan.cross@example.co.uk', 'London', NULL),
(15, 'Olivia Grant', 'olivia.grant@example.com', 'Bath', '2024-12-01'),
(16, 'Patrick Hughes', 'p.hughes@example.org', 'York', NULL),
(17, 'Rosa Delgado', 'rosa.delgado@example.com', 'London', '2025-01-15'),
(18, 'Samir Haddad', 'samir.haddad@example.com', 'Bristol', NULL),
(19, 'Tessa Wong', 'tessa.wong@example.com', 'London', '2022-02-28'),
(20, 'Umar Farouk', 'umar.farouk@example.net', 'Newcastle', NULL);

INSERT INTO bookings VALUES
(1, 1, 1, NULL, 2, 5500, '2024-08-20 10:15:00', NULL),
(2, 1, 4, NULL, 4, 5500, '2024-08-22 18:40:00', NULL),
(3, 2, 2, NULL, 2, 4500, '2024-09-01 12:00:00', NULL),
(4, 2, 7, NULL, 1, 4500, '2024-09-02 09:30:00', '2024-09-10 11:00:00'),
(5, 3, 3, NULL, 2, 3500, '2024-09-25 20:05:00', NULL),
(6, 4, 8, NULL, 3, 3500, '2024-09-28 13:20:00', '2024-10-19 16:00:00'),
(7, 4, 13, NULL, 2, 3500, '2024-10-01 08:45:00', NULL),
(8, 5, 1, 12, 2, 3000, '2024-09-15 19:00:00', NULL),
(9, 6, 10, NULL, 2, 2800, '2024-09-20 21:10:00', NULL),
(10, 7, 5, NULL, 4, 2200, '2024-10-30 10:00:00', NULL),
(11, 8, 9, NULL, 2, 2200, '2024-11-02 15:45:00', NULL),
(12, 9, 1, NULL, 2, 6500, '2024-10-10 09:00:00', NULL),
(13, 9, 4, 16, 2, 6500, '2024-10-12 17:30:00', NULL),
(14, 10, 7, NULL, 3, 6000, '2024-11-15 14:00:00', NULL),
(15, 10, 2, NULL, 2, 6000, '2024-11-18 22:15:00', '2024-12-01 10:00:00'),
(16, 11, 10, NULL, 2, 7500, '2024-12-01 12:30:00', NULL),
(17, 11, 1, 2, 2, 7500, '2024-12-02 08:00:00', NULL),
(18, 12, 6, NULL, 2, 3000, '2025-01-20 19:45:00', '2025-02-14 12:00:00'),
(19, 12, 11, NULL, 4, 3000, '2025-01-25 10:30:00', NULL),
(20, 13, 6, NULL, 2, 3000, '2025-02-14 09:15:00', NULL),
(21, 14, 3, NULL, 2, 3200, '2024-12-20 11:00:00', NULL),
(22, 15, 17, NULL, 1, 2800, '2025-01-02 16:20:00', NULL),
(23, 16, 5, NULL, 2, 2200, '2025-02-10 13:00:00', '2025-03-02 09:00:00'),
(24, 16, 9, NULL, 3, 2200, '2025-02-12 18:00:00', NULL),
(25, 17, 15, NULL, 2, 2200, '2025-02-14 20:30:00', NULL),
(26, 18, 8, NULL, 4, 3500, '2025-01-15 10:00:00', NULL),
(27, 19, 13, 3, 2, 3500, '2025-01-30 14:40:00', NULL),
(28, 20, 8, NULL, 2, 3500, '2025-02-14 23:05:00', NULL),
(29, 21, 11, NULL, 3, 3000, '2025-03-10 12:00:00', NULL),
(30, 22, 6, 16, 2, 3000, '2025-03-20 09:00:00', NULL),
(31, 23, 4, NULL, 2, 6500, '2025-02-01 10:00:00', NULL),
(32, 23, 17, NULL, 4, 6500, '2025-02-03 19:00:00', NULL),
(33, 24, 10, NULL, 2, 6000, '2025-03-01 11:30:00', '2025-03-21 15:00:00'),
(34, 24, 1, NULL, 2, 6000, '2025-03-02 12:00:00', NULL),
(35, 25, 7, NULL, 2, 6500, '2025-03-05 17:00:00', NULL),
(36, 26, 1, NULL, 3, 6500, '2025-03-25 08:30:00', NULL),
(37, 27, 2, NULL, 2, 3200, '2025-03-01 10:10:00', NULL),
(38, 28, 13, NULL, 2, 3200, '2025-03-15 16:00:00', NULL),
(39, 29, 3, NULL, 1, 2200, '2025-03-30 12:45:00', '2025-04-02 10:00:00'),
(40, 30, 5, 9, 2, 2200, '2025-04-01 09:00:00', NULL);

INSERT INTO actors VALUES
(1, 'Eleanor Vance', 1),
(2, 'Marcus Adebayo', 1),
(3, 'Sophie Lindqvist', 1),
(4, 'Tom Hargreaves', 1),
(5, 'Ruth Okonjo', 1),
(6, 'Daniel Price', 0),
(7, 'Hannah Clarke', 1),
(8, 'Oliver Stent', 1),
(9, 'Amara Nwachukwu', 1),
(10, 'George Whitlock', 0),
(11, 'Lucy Fairbairn', 1),
(12, 'Kwame Mensah', 1),
(13, 'Isabel Moreno', 0),
(14, 'Peter Quinlan', 1),
(15, 'Zoe Harrington', 1),
(16, 'Callum Reid', 0);

INSERT INTO casting VALUES
(1, 1, 1, 'Hermione', 1, NULL),
(2, 1, 2, 'Leontes', 1, NULL),
(3, 1, 4, 'Polixenes', 0, NULL),
(4, 1, 4, 'Old Shepherd', 0, NULL),
(5, 1, 7, 'Paulina', 0, NULL),
(6, 1, 11, 'Hermione', 0, 1),
(7, 2, 3, 'Madame Arcati', 1, NULL),
(8, 2, 6, 'Charles Condomine', 1, NULL),
(9, 2, 5, 'Elvira', 0, NULL),
(10, 2, 7, 'Ruth', 0, NULL),
(11, 2, 13, 'Madame Arcati', 0, 7),
(12, 3, 9, 'The Witch', 1, NULL),
(13, 3, 10, 'The Baker', 1, NULL),
(14, 3, 11, 'The Baker''s Wife', 1, NULL),
(15, 3, 12, 'Jack', 0, NULL),
(16, 3, 8, 'Narrator', 0, NULL),
(17, 3, 8, 'Mysterious Man', 0, NULL),
(18, 3, 15, 'The Witch', 0, 12),
(19, 4, 1, 'Nora Helmer', 1, NULL),
(20, 4, 14, 'Torvald Helmer', 0, NULL),
(21, 4, 5, 'Kristine Linde', 0, NULL),
(22, 4, 3, 'Nora Helmer', 0, 19),
(23, 5, 6, 'Lloyd Dallas', 0, NULL),
(24, 5, 7, 'Dotty Otley', 0, NULL),
(25, 5, 4, 'Garry Lejeune', 0, NULL),
(26, 5, 13, 'Brooke Ashton', 0, NULL),
(27, 6, 2, 'Sweeney Todd', 1, NULL),
(28, 6, 9, 'Mrs Lovett', 1, NULL),
(29, 6, 12, 'Tobias Ragg', 0, NULL),
(30, 6, 10, 'Judge Turpin', 0, NULL),
(31, 6, 14, 'Sweeney Todd', 0, 27),
(32, 7, 15, 'Nina', 1, NULL),
(33, 7, 4, 'Trigorin', 0, NULL),
(34, 7, 3, 'Arkadina', 1, NULL),
(35, 7, 5, 'Masha', 0, NULL),
(36, 8, 8, 'Polonius', 0, NULL),
(37, 8, 12, 'Laertes', 0, NULL),
(38, 9, 16, 'Algernon Moncrieff', 1, NULL),
(39, 9, 7, 'Lady Bracknell', 1, NULL);
