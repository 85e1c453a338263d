CREATE TABLE teachers (
  teacher_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  department TEXT NOT NULL CHECK (department IN ('strings', 'keyboard', 'woodwind', 'brass')),
  head_of_department_id INTEGER REFERENCES teachers(teacher_id), -- the teacher's head of department; NULL = this teacher is a head of department (reports to nobody)
  hourly_rate_pence INTEGER NOT NULL CHECK (hourly_rate_pence > 0), -- pay per teaching hour, in pence (GBP)
  hired_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  left_on TEXT -- 'YYYY-MM-DD' last working day; NULL = still works at the school
);
CREATE TABLE instruments (
  instrument_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  family TEXT NOT NULL CHECK (family IN ('strings', 'keyboard', 'woodwind', 'brass'))
);
CREATE TABLE rooms (
  room_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  capacity INTEGER NOT NULL CHECK (capacity > 0), -- maximum number of people in the room
  has_piano INTEGER NOT NULL DEFAULT 0 CHECK (has_piano IN (0, 1)) -- 1 = room has a piano
);
CREATE TABLE students (
  student_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL, -- 'YYYY-MM-DD'
  guardian_email TEXT, -- parent/guardian contact e-mail; NULL = none on file (adult learners normally have none)
  main_instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), -- the instrument the student is enrolled to learn
  enrolled_on TEXT NOT NULL, -- 'YYYY-MM-DD' first day at the school
  withdrawn_on TEXT -- 'YYYY-MM-DD' the student left the school; NULL = still enrolled (current student)
);
CREATE TABLE lessons (
  lesson_id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students(student_id),
  teacher_id INTEGER NOT NULL REFERENCES teachers(teacher_id),
  instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), -- instrument taught in this lesson
  room_id INTEGER REFERENCES rooms(room_id), -- NULL = lesson taught online (video call), no room used
  scheduled_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' local start time
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes IN (30, 45, 60)), -- booked length of the lesson in minutes
  status TEXT NOT NULL CHECK (status IN ('attended', 'absent', 'cancelled')) -- attended = lesson took place; absent = student did not turn up (lesson not taught); cancelled = cancelled in advance by the school
);
CREATE TABLE invoices (
  invoice_id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students(student_id),
  term TEXT NOT NULL, -- e.g. '2025-spring': school term the tuition fee is for
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0), -- amount invoiced in pence (GBP)
  issued_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  due_on TEXT NOT NULL, -- 'YYYY-MM-DD' payment due date; payment on this day is on time
  paid_at TEXT -- 'YYYY-MM-DD HH:MM:SS' payment received in full; NULL = not paid yet
);
CREATE TABLE exams (
  exam_id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students(student_id),
  instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), -- instrument the exam was taken on (need not be the student's main instrument)
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 8), -- graded music exam level 1 (lowest) to 8 (highest)
  exam_date TEXT NOT NULL, -- 'YYYY-MM-DD' the exam was sat
  score INTEGER CHECK (score BETWEEN 0 AND 150) -- mark out of 150; pass = 100 or more, merit = 120 or more, distinction = 130 or more; NULL = exam sat but result not yet published
);

INSERT INTO teachers VALUES
(1, 'Margaret Okafor', 'strings', NULL, 4200, '2015-09-01', NULL),
(2, 'David Lindqvist', 'keyboard', NULL, 4500, '2012-01-09', NULL),
(3, 'Sofia Marchetti', 'woodwind', NULL, 4000, '2018-04-16', NULL),
(4, 'Tom Hadley', 'strings', 1, 3600, '2019-09-02', NULL),
(5, 'Aisha Rahman', 'strings', 1, 3800, '2021-01-04', NULL),
(6, 'Peter Nowak', 'keyboard', 2, 3500, '2020-09-07', NULL),
(7, 'Hannah Brooks', 'keyboard', 2, 3700, '2016-09-05', '2025-02-28'),
(8, 'James O''Connell', 'woodwind', 3, 3400, '2022-01-10', NULL),
(9, 'Chloe Evans', 'brass', NULL, 4100, '2017-09-04', NULL),
(10, 'Ravi Patel', 'brass', 9, 3300, '2025-03-03', NULL);

INSERT INTO instruments VALUES
(1, 'Violin', 'strings'),
(2, 'Cello', 'strings'),
(3, 'Viola', 'strings'),
(4, 'Piano', 'keyboard'),
(5, 'Organ', 'keyboard'),
(6, 'Flute', 'woodwind'),
(7, 'Clarinet', 'woodwind'),
(8, 'Saxophone', 'woodwind'),
(9, 'Trumpet', 'brass'),
(10, 'Trombone', 'brass');

INSERT INTO rooms VALUES
(1, 'Elgar Room', 4, 1),
(2, 'Holst Room', 2, 1),
(3, 'Britten Studio', 10, 1),
(4, 'Purcell Room', 3, 0),
(5, 'Delius Room', 2, 0),
(6, 'Recital Hall', 80, 1);

INSERT INTO students VALUES
(1, 'Emily', 'Clarke', '2012-05-14', 'clarke.family@example.com', 1, '2021-09-06', NULL),
(2, 'Oliver', 'Bennett', '2010-11-02', 'j.bennett@example.com', 4, '2019-09-09', NULL),
(3, 'Amelia', 'Hughes', '2014-03-03', 'hughes.home@example.net', 6, '2023-01-09', NULL),
(4, 'Jack', 'Thompson', '2009-07-21', NULL, 2, '2018-09-10', '2024-12-20'),
(5, 'Isla', 'Morgan', '2013-09-02', 'morgan.k@example.com', 4, '2022-09-05', NULL),
(6, 'Noah', 'Patel', '2011-09-15', 'patel.family@example.org', 7, '2020-09-07', NULL),
(7, 'Grace', 'Wilson', '1988-04-11', NULL, 4, '2024-01-15', NULL),
(8, 'Harry', 'Evans', '2015-06-01', 'evans.h@example.com', 9, '2024-09-02', '2025-03-14'),
(9, 'Freya', 'Campbell', '2012-12-25', 'campbell.mum@example.com', 1, '2021-01-11', NULL),
(10, 'George', 'Wright', '2008-02-29', NULL, 2, '2017-09-04', NULL),
(11, 'Poppy', 'Ahmed', '2014-08-19', 'ahmed.fam@example.com', 8, '2023-09-04', NULL),
(12, 'Leo', 'Murphy', '2010-03-03', 'murphy.l@example.com', 6, '2019-01-07', '2025-01-31'),
(13, 'Ava', 'Robinson', '2013-09-01', 'robinson.a@example.co.uk', 3, '2022-04-25', NULL),
(14, 'Charlie', 'Walker', '1975-09-30', NULL, 10, '2023-05-02', NULL),
(15, 'Mia', 'Scott', '2011-04-05', 'scott.family@example.com', 4, '2020-09-07', NULL),
(16, 'Alfie', 'Green', '2012-07-07', NULL, 7, '2024-01-08', NULL),
(17, 'Sophie', 'King', '2009-01-01', 'king.s@example.com', 1, '2018-09-03', '2024-07-19'),
(18, 'Thomas', 'Baker', '2016-02-14', 'baker.t@example.com', 4, '2025-01-06', NULL),
(19, 'Ruby', 'Hall', '2010-10-31', 'hall.ruby@example.com', 9, '2019-09-09', NULL),
(20, 'Ethan', 'Lewis', '2014-05-20', 'lewis.e@example.com', 1, '2025-03-03', NULL);

INSERT INTO lessons VALUES
(1, 1, 1, 1, 1, '2025-01-28 16:00:00', 30, 'attended'),
(2, 9, 1, 1, 1, '2025-02-04 16:30:00', 45, 'attended'),
(3, 1, 1, 1, 1, '2025-03-04 16:00:00', 30, 'attended'),
(4, 9, 1, 1, 1, '2025-03-04 16:30:00', 45, 'absent'),
(5, 1, 1, 1, NULL, '2025-03-18 16:00:00', 30, 'attended'),
(6, 10, 4, 2, 4, '2025-02-05 17:00:00', 60, 'attended'),
(7, 13, 4, 3, 4, '2025-02-05 18:00:00', 30, 'attended'),
(8, 10, 4, 2, 4, '2025-03-05 17:00:00', 60, 'attended'),
(9, 13, 4, 3, 4, '2025-03-05 18:00:00', 30, 'cancelled'),
(10, 20, 5, 1, 5, '2025-03-03 15:30:00', 30, 'attended'),
(11, 20, 5, 1, 5, '2025-03-10 15:30:00', 30, 'attended'),
(12, 20, 5, 1, 5, '2025-03-31 15:30:00', 30, 'attended'),
(13, 2, 2, 4, 2, '2025-02-06 17:00:00', 60, 'attended'),
(14, 15, 2, 4, 2, '2025-02-06 18:00:00', 45, 'attended'),
(15, 2, 2, 4, 2, '2025-03-06 17:00:00', 60, 'attended'),
(16, 15, 2, 4, 2, '2025-03-06 18:00:00', 45, 'absent'),
(17, 2, 2, 4, NULL, '2025-04-01 09:00:00', 60, 'attended'),
(18, 5, 7, 4, 1, '2025-01-28 17:00:00', 30, 'attended'),
(19, 7, 7, 4, 1, '2025-02-11 19:00:00', 45, 'attended'),
(20, 7, 7, 4, 1, '2025-02-25 19:00:00', 45, 'attended'),
(21, 5, 6, 4, 3, '2025-02-12 16:00:00', 30, 'attended'),
(22, 18, 6, 4, 3, '2025-02-12 16:30:00', 30, 'attended'),
(23, 7, 6, 4, 3, '2025-03-11 19:00:00', 45, 'attended'),
(24, 5, 6, 4, 3, '2025-03-12 16:00:00', 30, 'attended'),
(25, 18, 6, 4, 3, '2025-03-12 16:30:00', 30, 'absent'),
(26, 7, 6, 4, 3, '2025-03-31 19:00:00', 45, 'attended'),
(27, 3, 3, 6, 4, '2025-02-07 16:00:00', 45, 'attended'),
(28, 3, 3, 6, 4, '2025-03-07 16:00:00', 45, 'attended'),
(29, 3, 3, 6, 4, '2025-03-21 16:00:00', 45, 'cancelled'),
(30, 12, 3, 6, 4, '2025-01-24 17:00:00', 45, 'attended'),
(31, 6, 8, 7, 5, '2025-02-10 16:00:00', 30, 'attended'),
(32, 11, 8, 8, 5, '2025-02-10 16:30:00', 30, 'attended'),
(33, 16, 8, 7, 5, '2025-02-10 17:00:00', 30, 'absent'),
(34, 6, 8, 7, 5, '2025-03-10 16:00:00', 30, 'attended'),
(35, 11, 8, 8, 5, '2025-03-10 16:30:00', 30, 'attended'),
(36, 16, 8, 7, NULL, '2025-03-10 17:00:00', 30, 'cancelled'),
(37, 6, 8, 7, 5, '2025-04-01 16:00:00', 30, 'attended'),
(38, 8, 9, 9, 3, '2025-02-13 17:00:00', 30, 'attended'),
(39, 19, 9, 9, 3, '2025-02-13 17:30:00', 45, 'attended'),
(40, 14, 9, 10, 3, '2025-02-13 19:00:00', 60, 'attended'),
(41, 8, 9, 9, 3, '2025-03-13 17:00:00', 30, 'absent'),
(42, 19, 9, 9, 3, '2025-03-13 17:30:00', 45, 'attended'),
(43, 14, 9, 10, NULL, '2025-03-31 20:00:00', 60, 'attended'),
(44, 11, 3, 8, 4, '2025-03-21 17:00:00', 30, 'attended'),
(45, 13, 1, 3, 1, '2025-03-19 18:00:00', 30, 'attended'),
(46, 16, 3, 7, 4, '2025-03-24 17:00:00', 30, 'absent');

INSERT INTO invoices VALUES
(1, 4, '2024-autumn', 34000, '2024-09-02', '2024-09-30', NULL),
(2, 17, '2024-summer', 18000, '2024-04-15', '2024-05-10', NULL),
(3, 1, '2024-autumn', 18000, '2024-09-02', '2024-09-30', '2024-09-20 10:15:00'),
(4, 2, '2024-autumn', 34000, '2024-09-02', '2024-09-30', '2024-09-30 16:00:00'),
(5, 10, '2024-autumn', 34000, '2024-09-02', '2024-09-30', '2024-10-14 09:00:00'),
(6, 12, '2024-autumn', 26000, '2024-09-02', '2024-09-30', '2024-09-28 12:00:00'),
(7, 1, '2025-spring', 18000, '2025-01-06', '2025-01-31', '2025-01-31 18:30:00'),
(8, 2, '2025-spring', 34000, '2025-01-06', '2025-01-31', '2025-02-03 08:45:00'),
(9, 3, '2025-spring', 26000, '2025-01-06', '2025-01-31', '2025-01-20 11:00:00'),
(10, 5, '2025-spring', 18000, '2025-01-06', '2025-01-31', NULL),
(11, 6, '2025-spring', 18000, '2025-01-06', '2025-01-31', '2025-03-01 00:00:00'),
(12, 7, '2025-spring', 29000, '2025-01-06', '2025-01-31', '2025-01-15 14:20:00'),
(13, 8, '2025-spring', 18000, '2025-01-06', '2025-01-31', NULL),
(14, 9, '2025-spring', 26000, '2025-01-06', '2025-01-31', '2025-03-31 17:45:00'),
(15, 10, '2025-spring', 34000, '2025-01-06', '2025-01-31', '2025-01-30 09:10:00'),
(16, 11, '2025-spring', 18000, '2025-01-06', '2025-01-31', NULL),
(17, 12, '2025-spring', 26000, '2025-01-06', '2025-01-31', NULL),
(18, 13, '2025-spring', 18000, '2025-01-06', '2025-01-31', '2025-03-14 10:00:00'),
(19, 14, '2025-spring', 34000, '2025-01-06', '2025-01-31', '2025-01-06 09:30:00'),
(20, 15, '2025-spring', 26000, '2025-01-06', '2025-01-31', '2025-02-28 23:59:00'),
(21, 16, '2025-spring', 18000, '2025-01-06', '2025-01-31', NULL),
(22, 18, '2025-spring', 18000, '2025-01-06', '2025-01-31', '2025-01-31 09:00:00'),
(23, 19, '2025-spring', 26000, '2025-01-06', '2025-01-31', '2025-01-29 19:00:00'),
(24, 20, '2025-spring', 9000, '2025-03-03', '2025-03-31', '2025-04-01 10:00:00'),
(25, 4, '2024-summer', 34000, '2024-04-15', '2024-05-10', '2024-05-02 12:00:00');

INSERT INTO exams VALUES
(1, 1, 1, 3, '2024-11-20', 128),
(2, 2, 4, 5, '2024-11-21', 131),
(3, 2, 4, 6, '2025-03-20', 118),
(4, 3, 6, 1, '2024-11-22', 100),
(5, 4, 2, 6, '2024-06-12', 135),
(6, 6, 7, 4, '2024-11-22', 99),
(7, 6, 7, 4, '2025-03-21', 112),
(8, 9, 1, 4, '2025-03-20', 130),
(9, 9, 4, 2, '2024-06-14', 121),
(10, 10, 2, 7, '2025-03-19', NULL),
(11, 13, 3, 2, '2024-11-20', 95),
(12, 15, 4, 4, '2025-03-20', 130),
(13, 14, 10, 5, '2024-06-13', 124),
(14, 17, 1, 5, '2024-06-12', 88),
(15, 19, 9, 3, '2024-11-21', 137),
(16, 11, 8, 1, '2025-03-21', NULL),
(17, 12, 6, 5, '2024-06-13', 102),
(18, 7, 4, 1, '2025-03-20', 126),
(19, 19, 4, 1, '2024-06-14', 104),
(20, 5, 4, 1, '2025-03-20', 97);
