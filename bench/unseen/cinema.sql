CREATE TABLE cinemas (
  cinema_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  opened_on TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE screens (
  screen_id INTEGER PRIMARY KEY,
  cinema_id INTEGER NOT NULL REFERENCES cinemas(cinema_id),
  name TEXT NOT NULL,
  seat_capacity INTEGER NOT NULL CHECK (seat_capacity > 0),
  screen_type TEXT NOT NULL CHECK (screen_type IN ('standard', 'imax', '4dx', 'vip')),
  UNIQUE (cinema_id, name)
);
CREATE TABLE films (
  film_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE,
  genre TEXT NOT NULL,
  runtime_minutes INTEGER NOT NULL CHECK (runtime_minutes > 0),
  release_date TEXT NOT NULL, -- 'YYYY-MM-DD'
  age_rating TEXT CHECK (age_rating IN ('U', 'PG', '12A', '15', '18')) -- NULL: not rated yet
);
CREATE TABLE screenings (
  screening_id INTEGER PRIMARY KEY,
  film_id INTEGER NOT NULL REFERENCES films(film_id),
  screen_id INTEGER NOT NULL REFERENCES screens(screen_id),
  starts_at TEXT NOT NULL, -- local time, 'YYYY-MM-DD HH:MM:SS'
  base_price_cents INTEGER NOT NULL CHECK (base_price_cents > 0) -- price of one seat, in euro cents
);
CREATE TABLE members (
  member_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  loyalty_tier TEXT NOT NULL CHECK (loyalty_tier IN ('basic', 'silver', 'gold')),
  joined_on TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE bookings (
  booking_id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(member_id),
  screening_id INTEGER NOT NULL REFERENCES screenings(screening_id),
  seats INTEGER NOT NULL CHECK (seats > 0),
  amount_paid_cents INTEGER NOT NULL CHECK (amount_paid_cents >= 0), -- total paid for the booking, in euro cents
  booked_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'refunded', 'no_show'))
);
CREATE TABLE reviews (
  member_id INTEGER NOT NULL REFERENCES members(member_id),
  film_id INTEGER NOT NULL REFERENCES films(film_id),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  reviewed_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  PRIMARY KEY (member_id, film_id)
);

INSERT INTO cinemas VALUES
(1, 'Lumen Central', 'Dublin', '2012-05-18'),
(2, 'Riverside Picturehouse', 'Dublin', '1998-11-02'),
(3, 'Roxy Palace', 'Cork', '2005-03-25'),
(4, 'Harbour Screens', 'Galway', '2016-07-01'),
(5, 'Starlight Multiplex', 'Cork', '2019-09-13');
INSERT INTO screens VALUES
(1, 1, 'Screen 1', 220, 'imax'),
(2, 1, 'Screen 2', 140, 'standard'),
(3, 1, 'Screen 3', 60, 'standard'),
(4, 2, 'Main Hall', 180, 'standard'),
(5, 2, 'Studio', 45, 'standard'),
(6, 3, 'Screen 1', 250, 'imax'),
(7, 3, 'Screen 2', 120, 'standard'),
(8, 4, 'Screen A', 150, 'standard'),
(9, 4, 'Screen B', 90, '4dx'),
(10, 5, 'Hall 1', 300, 'imax'),
(11, 5, 'Hall 2', 110, 'standard'),
(12, 5, 'Hall 3', 24, 'vip');
INSERT INTO films VALUES
(1, 'Orbit of Silence', 'Science Fiction', 142, '2025-10-03', '12A'),
(2, 'The Last Orchard', 'Drama', 118, '2025-09-26', '15'),
(3, 'Laugh Track', 'Comedy', 95, '2025-10-10', '12A'),
(4, 'Night Ferry', 'Thriller', 124, '2025-10-17', '15'),
(5, 'Paper Dragons', 'Animation', 88, '2025-07-11', 'PG'),
(6, 'Iron Meridian', 'Action', 151, '2025-11-07', '15'),
(7, 'Quiet Hours', 'Documentary', 102, '2025-11-14', NULL),
(8, 'Starfall Protocol', 'Science Fiction', 133, '2025-12-12', '12A'),
(9, 'Midnight Bakery', 'Comedy', 101, '2025-11-28', 'PG'),
(10, 'Cold Harbour', 'Horror', 97, '2025-10-31', '18'),
(11, 'Winter Lantern', 'Animation', 92, '2025-12-19', 'U'),
(12, 'The Glass Coast', 'Drama', 129, '2026-02-13', NULL);
INSERT INTO screenings VALUES
(1, 1, 1, '2025-10-03 19:30:00', 1650),
(2, 1, 6, '2025-10-04 20:00:00', 1600),
(3, 2, 2, '2025-10-05 18:00:00', 1200),
(4, 3, 4, '2025-10-10 21:00:00', 1150),
(5, 4, 7, '2025-10-18 20:30:00', 1200),
(6, 5, 5, '2025-10-19 14:00:00', 900),
(7, 10, 9, '2025-10-31 22:00:00', 1800),
(8, 4, 8, '2025-11-02 19:00:00', 1100),
(9, 6, 10, '2025-11-08 20:00:00', 1700),
(10, 6, 1, '2025-11-09 17:30:00', 1650),
(11, 7, 5, '2025-11-15 16:00:00', 1000),
(12, 3, 11, '2025-11-16 19:15:00', 1150),
(13, 9, 3, '2025-11-29 18:45:00', 1200),
(14, 6, 9, '2025-12-05 21:00:00', 1900),
(15, 8, 6, '2025-12-13 19:00:00', 1650),
(16, 8, 10, '2025-12-14 20:00:00', 1700),
(17, 2, 12, '2025-12-18 19:30:00', 2500),
(18, 11, 4, '2025-12-20 13:00:00', 950),
(19, 9, 7, '2025-12-27 18:00:00', 1200),
(20, 8, 1, '2026-01-03 20:00:00', 1650),
(21, 11, 11, '2026-01-04 12:30:00', 950),
(22, 5, 8, '2026-01-10 11:00:00', 900);
INSERT INTO members VALUES
(1, 'Aoife Byrne', 'aoife.byrne@example.ie', 'gold', '2022-03-14'),
(2, 'Cian Murphy', 'cian.murphy@example.ie', 'silver', '2023-06-02'),
(3, 'Niamh Kelly', 'niamh.kelly@example.ie', 'basic', '2024-01-20'),
(4, 'Liam O''Connor', 'liam.oconnor@example.ie', 'gold', '2021-11-05'),
(5, 'Saoirse Walsh', 'saoirse.walsh@example.ie', 'silver', '2024-10-12'),
(6, 'Darragh Ryan', 'darragh.ryan@example.ie', 'basic', '2024-11-30'),
(7, 'Emma Doyle', 'emma.doyle@example.ie', 'basic', '2025-02-08'),
(8, 'Conor Brennan', 'conor.brennan@example.ie', 'silver', '2023-09-17'),
(9, 'Roisin Farrell', 'roisin.farrell@example.ie', 'basic', '2025-05-21'),
(10, 'Sean Gallagher', 'sean.gallagher@example.ie', 'gold', '2022-08-09'),
(11, 'Ciara Nolan', 'ciara.nolan@example.ie', 'basic', '2024-12-03'),
(12, 'Patrick Quinn', 'patrick.quinn@example.ie', 'silver', '2025-07-15');
INSERT INTO bookings VALUES
(1, 1, 1, 2, 3300, '2025-09-28 10:15:00', 'confirmed'),
(2, 2, 1, 4, 6600, '2025-09-30 18:40:00', 'confirmed'),
(3, 4, 2, 2, 3200, '2025-10-01 09:05:00', 'confirmed'),
(4, 3, 3, 1, 1200, '2025-10-04 20:11:00', 'no_show'),
(5, 5, 4, 3, 3450, '2025-10-08 12:30:00', 'confirmed'),
(6, 1, 5, 2, 2400, '2025-10-15 19:00:00', 'refunded'),
(7, 6, 6, 30, 24000, '2025-10-17 08:45:00', 'confirmed'),
(8, 8, 7, 2, 3600, '2025-10-25 21:10:00', 'confirmed'),
(9, 10, 7, 6, 10800, '2025-10-26 11:00:00', 'confirmed'),
(10, 2, 8, 2, 2200, '2025-10-30 17:20:00', 'confirmed'),
(11, 4, 9, 5, 8500, '2025-11-01 13:00:00', 'confirmed'),
(12, 7, 9, 2, 3400, '2025-11-03 10:30:00', 'refunded'),
(13, 10, 10, 3, 4950, '2025-11-05 16:45:00', 'confirmed'),
(14, 9, 11, 1, 1000, '2025-11-12 09:00:00', 'confirmed'),
(15, 3, 12, 2, 2300, '2025-11-14 18:00:00', 'no_show'),
(16, 11, 14, 4, 7600, '2025-12-01 12:00:00', 'confirmed'),
(17, 1, 15, 2, 3300, '2025-12-08 20:20:00', 'confirmed'),
(18, 8, 16, 10, 17000, '2025-12-09 14:00:00', 'confirmed'),
(19, 5, 16, 4, 6800, '2025-12-10 19:30:00', 'refunded'),
(20, 4, 17, 2, 5000, '2025-12-12 11:11:00', 'confirmed'),
(21, 2, 18, 3, 2850, '2025-12-15 10:00:00', 'confirmed'),
(22, 6, 19, 2, 2400, '2025-12-20 15:00:00', 'confirmed'),
(23, 10, 20, 4, 6600, '2025-12-28 12:00:00', 'confirmed'),
(24, 7, 21, 3, 2850, '2025-12-30 09:30:00', 'confirmed'),
(25, 9, 20, 2, 3300, '2025-12-31 22:00:00', 'refunded'),
(26, 1, 9, 3, 5100, '2025-11-02 08:00:00', 'confirmed'),
(27, 3, 17, 12, 30000, '2025-12-02 17:45:00', 'confirmed'),
(28, 11, 11, 25, 25000, '2025-11-10 11:20:00', 'refunded');
INSERT INTO reviews VALUES
(1, 1, 5, '2025-10-04'),
(2, 1, 4, '2025-10-04'),
(4, 1, 5, '2025-10-05'),
(3, 2, 3, '2025-10-06'),
(5, 3, 2, '2025-10-11'),
(6, 5, 4, '2025-10-20'),
(7, 4, 1, '2025-10-20'),
(8, 10, 3, '2025-11-01'),
(10, 10, 2, '2025-11-01'),
(4, 6, 4, '2025-11-10'),
(10, 6, 3, '2025-11-10'),
(9, 7, 5, '2025-11-16'),
(1, 8, 4, '2025-12-14'),
(8, 8, 5, '2025-12-15'),
(2, 11, 3, '2025-12-21'),
(6, 9, 2, '2025-12-28');
