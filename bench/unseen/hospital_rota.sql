CREATE TABLE wards (
  ward_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  specialty TEXT NOT NULL, -- clinical specialty of the ward, e.g. 'general medicine'
  floor INTEGER NOT NULL CHECK (floor >= 0), -- building floor; 0 = ground floor
  bed_count INTEGER NOT NULL CHECK (bed_count > 0) -- number of funded inpatient beds
);
CREATE TABLE staff (
  staff_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('nurse', 'doctor', 'healthcare_assistant')),
  line_manager_id INTEGER REFERENCES staff(staff_id), -- the staff member this person reports to; NULL = no line manager (top of the hierarchy)
  hourly_rate_pence INTEGER NOT NULL CHECK (hourly_rate_pence > 0), -- basic pay per hour worked, in pence (GBP)
  started_on TEXT NOT NULL, -- 'YYYY-MM-DD' first day of employment
  left_on TEXT -- 'YYYY-MM-DD' last day of employment; NULL = still employed
);
CREATE TABLE shifts (
  shift_id INTEGER PRIMARY KEY,
  ward_id INTEGER NOT NULL REFERENCES wards(ward_id),
  staff_id INTEGER NOT NULL REFERENCES staff(staff_id), -- the staff member originally rostered to the shift
  starts_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' local time the shift starts
  ends_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' local time the shift ends; night shifts end on the next calendar day
  status TEXT NOT NULL CHECK (status IN ('worked', 'sick', 'swapped', 'cancelled')), -- 'worked' = worked by the rostered staff member; 'sick' = rostered staff member phoned in sick; 'swapped' = given away to another staff member (see shift_swaps), who worked it instead; 'cancelled' = shift removed from the rota, nobody worked it
  CHECK (ends_at > starts_at)
);
CREATE TABLE shift_swaps (
  swap_id INTEGER PRIMARY KEY,
  shift_id INTEGER NOT NULL UNIQUE REFERENCES shifts(shift_id), -- the shift that changed hands (its status is 'swapped')
  from_staff_id INTEGER NOT NULL REFERENCES staff(staff_id), -- staff member who gave the shift away (the originally rostered one)
  to_staff_id INTEGER NOT NULL REFERENCES staff(staff_id), -- staff member who took the shift and worked it
  agreed_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' when the swap was agreed
  approved_by_staff_id INTEGER REFERENCES staff(staff_id), -- manager who signed off the swap; NULL = swap arranged between staff without manager sign-off
  CHECK (from_staff_id <> to_staff_id)
);
CREATE TABLE training_courses (
  course_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE,
  is_mandatory INTEGER NOT NULL DEFAULT 0 CHECK (is_mandatory IN (0, 1)), -- 1 = mandatory for all clinical staff
  pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100), -- minimum score out of 100 needed to pass (a score equal to the pass mark passes)
  validity_months INTEGER CHECK (validity_months > 0) -- how long a pass stays valid; NULL = never expires
);
CREATE TABLE training_completions (
  completion_id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
  course_id INTEGER NOT NULL REFERENCES training_courses(course_id),
  completed_on TEXT NOT NULL, -- 'YYYY-MM-DD' date the course assessment was sat (every attempt is recorded, passed or failed)
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100), -- assessment score out of 100
  expires_on TEXT -- 'YYYY-MM-DD' last day the certificate is valid; NULL = no certificate (score below the pass mark) or the course never expires
);
CREATE TABLE leave_requests (
  leave_id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
  leave_type TEXT NOT NULL CHECK (leave_type IN ('annual', 'study', 'compassionate', 'parental')),
  start_date TEXT NOT NULL, -- 'YYYY-MM-DD' first day of leave (inclusive)
  end_date TEXT NOT NULL, -- 'YYYY-MM-DD' last day of leave (inclusive); a one-day leave has start_date = end_date
  requested_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)), -- 1 = approved by the manager; 0 = pending or refused
  CHECK (end_date >= start_date)
);
CREATE TABLE incidents (
  incident_id INTEGER PRIMARY KEY,
  ward_id INTEGER NOT NULL REFERENCES wards(ward_id),
  shift_id INTEGER REFERENCES shifts(shift_id), -- shift during which it happened; NULL = not linked to a rostered shift
  reported_by_staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
  occurred_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' local time
  severity TEXT NOT NULL CHECK (severity IN ('near_miss', 'minor', 'moderate', 'severe')), -- 'near_miss' = caught before any harm occurred
  description TEXT NOT NULL
);

INSERT INTO wards VALUES
(1, 'Ash Ward', 'general medicine', 2, 28),
(2, 'Beech Ward', 'general surgery', 2, 24),
(3, 'Cedar Ward', 'elderly care', 3, 30),
(4, 'Elm Unit', 'critical care', 1, 12),
(5, 'Hazel Ward', 'maternity', 3, 20),
(6, 'Maple Ward', 'respiratory', 0, 16),
(7, 'Willow Ward', 'stroke', 4, 18);

INSERT INTO staff VALUES
(1, 'Helen Marsh', 'nurse', NULL, 3150, '2012-04-02', NULL),
(2, 'Samuel Adeyemi', 'doctor', NULL, 5200, '2015-08-05', NULL),
(3, 'Priya Nair', 'nurse', 1, 2480, '2018-09-03', NULL),
(4, 'Tom Whitfield', 'nurse', 1, 2480, '2019-01-14', NULL),
(5, 'Grace Liu', 'nurse', 3, 2110, '2021-10-01', NULL),
(6, 'Daniel Byrne', 'nurse', 3, 2110, '2022-02-07', '2025-03-21'),
(7, 'Aisha Rahman', 'healthcare_assistant', 4, 1290, '2023-05-15', NULL),
(8, 'Owen Price', 'healthcare_assistant', 13, 1290, '2020-11-02', '2024-12-31'),
(9, 'Fiona Campbell', 'doctor', 2, 4300, '2020-08-04', NULL),
(10, 'Kwame Mensah', 'doctor', 2, 3150, '2023-08-02', NULL),
(11, 'Laura Stein', 'doctor', 9, 2950, '2024-08-07', NULL),
(12, 'Beth Jones', 'healthcare_assistant', 3, 1245, '2024-03-04', NULL),
(13, 'Marek Nowak', 'nurse', 4, 2110, '2023-01-09', NULL),
(14, 'Sofia Russo', 'nurse', 1, 2480, '2017-06-19', '2025-02-28'),
(15, 'Jamal Hussein', 'healthcare_assistant', 14, 1245, '2024-09-30', NULL),
(16, 'Chloe Evans', 'nurse', 3, 2110, '2025-03-10', NULL),
(17, 'Ian Fraser', 'healthcare_assistant', 4, 1290, '2019-04-01', NULL),
(18, 'Ruth Adler', 'doctor', 2, 4300, '2016-02-01', '2024-07-31'),
(19, 'Nadia Petrova', 'nurse', 3, 2110, '2025-04-01', NULL);

INSERT INTO shifts VALUES
(1, 1, 3, '2025-03-03 07:30:00', '2025-03-03 20:00:00', 'worked'),
(2, 1, 5, '2025-03-03 20:00:00', '2025-03-04 08:00:00', 'worked'),
(3, 1, 7, '2025-03-03 07:00:00', '2025-03-03 15:00:00', 'worked'),
(4, 2, 4, '2025-03-04 07:30:00', '2025-03-04 20:00:00', 'worked'),
(5, 2, 13, '2025-03-04 20:00:00', '2025-03-05 08:00:00', 'sick'),
(6, 4, 9, '2025-03-05 08:00:00', '2025-03-05 18:00:00', 'worked'),
(7, 4, 10, '2025-03-05 21:00:00', '2025-03-06 09:00:00', 'worked'),
(8, 3, 6, '2025-03-06 14:00:00', '2025-03-06 22:00:00', 'worked'),
(9, 3, 12, '2025-03-07 07:00:00', '2025-03-07 15:00:00', 'cancelled'),
(10, 1, 5, '2025-03-08 20:00:00', '2025-03-09 08:00:00', 'swapped'),
(11, 5, 3, '2025-03-10 07:30:00', '2025-03-10 20:00:00', 'worked'),
(12, 2, 11, '2025-03-10 20:00:00', '2025-03-11 08:30:00', 'worked'),
(13, 3, 17, '2025-03-11 07:00:00', '2025-03-11 15:00:00', 'swapped'),
(14, 7, 16, '2025-03-12 07:30:00', '2025-03-12 20:00:00', 'worked'),
(15, 4, 9, '2025-03-14 20:00:00', '2025-03-15 08:00:00', 'worked'),
(16, 1, 13, '2025-03-15 00:00:00', '2025-03-15 08:00:00', 'worked'),
(17, 2, 4, '2025-03-15 07:30:00', '2025-03-15 20:00:00', 'worked'),
(18, 3, 15, '2025-03-15 14:00:00', '2025-03-15 22:00:00', 'sick'),
(19, 5, 6, '2025-03-15 20:00:00', '2025-03-16 08:00:00', 'worked'),
(20, 7, 10, '2025-03-17 08:00:00', '2025-03-17 18:00:00', 'worked'),
(21, 1, 7, '2025-03-18 07:00:00', '2025-03-18 15:00:00', 'swapped'),
(22, 2, 5, '2025-03-19 20:00:00', '2025-03-20 08:00:00', 'worked'),
(23, 4, 11, '2025-03-21 20:00:00', '2025-03-22 08:00:00', 'swapped'),
(24, 3, 16, '2025-03-24 07:30:00', '2025-03-24 20:00:00', 'worked'),
(25, 5, 3, '2025-03-27 20:00:00', '2025-03-28 08:00:00', 'worked'),
(26, 1, 17, '2025-03-31 20:00:00', '2025-04-01 08:00:00', 'worked'),
(27, 2, 13, '2025-02-27 20:00:00', '2025-02-28 08:00:00', 'worked'),
(28, 7, 14, '2025-02-25 07:30:00', '2025-02-25 20:00:00', 'worked'),
(29, 4, 2, '2025-04-02 08:00:00', '2025-04-02 18:00:00', 'worked'),
(30, 3, 12, '2025-04-03 14:00:00', '2025-04-03 22:00:00', 'cancelled'),
(31, 7, 7, '2025-03-25 20:00:00', '2025-03-26 08:00:00', 'sick'),
(32, 2, 13, '2025-03-26 20:00:00', '2025-03-27 08:00:00', 'swapped'),
(33, 5, 12, '2025-03-29 07:00:00', '2025-03-29 15:00:00', 'worked'),
(34, 4, 2, '2025-03-20 08:00:00', '2025-03-20 18:00:00', 'cancelled');

INSERT INTO shift_swaps VALUES
(1, 10, 5, 13, '2025-03-01 10:15:00', 3),
(2, 13, 17, 7, '2025-03-07 16:40:00', 4),
(3, 21, 7, 12, '2025-03-14 09:05:00', NULL),
(4, 23, 11, 10, '2025-03-18 12:00:00', 9),
(5, 32, 13, 5, '2025-03-24 18:30:00', NULL);

INSERT INTO training_courses VALUES
(1, 'Basic Life Support', 1, 80, 12),
(2, 'Manual Handling', 1, 70, 36),
(3, 'Infection Prevention and Control', 1, 75, 24),
(4, 'Safeguarding Adults Level 2', 1, 80, 36),
(5, 'Advanced Life Support', 0, 85, 48),
(6, 'Sepsis Recognition', 0, 70, NULL),
(7, 'Medicines Management', 0, 75, 24);

INSERT INTO training_completions VALUES
(1, 1, 1, '2024-06-10', 92, '2025-06-10'),
(2, 2, 1, '2024-02-01', 95, '2025-02-01'),
(3, 3, 1, '2024-03-01', 88, '2025-03-01'),
(4, 3, 1, '2025-03-10', 90, '2026-03-10'),
(5, 4, 1, '2024-03-15', 85, '2025-03-15'),
(6, 5, 1, '2025-01-20', 72, NULL),
(7, 7, 1, '2024-09-09', 81, '2025-09-09'),
(8, 9, 1, '2024-11-11', 97, '2025-11-11'),
(9, 10, 1, '2024-03-14', 84, '2025-03-14'),
(10, 13, 1, '2024-05-20', 80, '2025-05-20'),
(11, 6, 1, '2023-10-01', 86, '2024-10-01'),
(12, 16, 1, '2025-03-03', 91, '2026-03-03'),
(13, 17, 1, '2024-12-02', 78, NULL),
(14, 17, 1, '2024-12-16', 86, '2025-12-16'),
(15, 11, 1, '2024-08-20', 88, '2025-08-20'),
(16, 7, 2, '2023-05-20', 75, '2026-05-20'),
(17, 12, 2, '2024-03-10', 68, NULL),
(18, 12, 2, '2024-04-02', 74, '2027-04-02'),
(19, 15, 2, '2024-10-07', 70, '2027-10-07'),
(20, 17, 2, '2022-04-04', 90, '2025-04-04'),
(21, 3, 3, '2024-01-15', 93, '2026-01-15'),
(22, 5, 3, '2023-11-01', 79, '2025-11-01'),
(23, 13, 3, '2023-02-13', 74, NULL),
(24, 13, 3, '2023-03-01', 82, '2025-03-01'),
(25, 16, 3, '2025-03-11', 75, '2027-03-11'),
(26, 1, 4, '2023-06-01', 99, '2026-06-01'),
(27, 4, 4, '2022-09-12', 81, '2025-09-12'),
(28, 10, 4, '2023-09-01', 77, NULL),
(29, 9, 5, '2022-05-05', 91, '2026-05-05'),
(30, 10, 5, '2024-10-10', 83, NULL),
(31, 2, 5, '2021-11-22', 88, '2025-11-22'),
(32, 3, 6, '2023-07-07', 85, NULL),
(33, 5, 6, '2024-02-02', 64, NULL),
(34, 11, 6, '2024-09-01', 90, NULL);

INSERT INTO leave_requests VALUES
(1, 3, 'annual', '2025-03-12', '2025-03-15', '2025-01-20', 1),
(2, 10, 'study', '2025-03-15', '2025-03-16', '2025-02-03', 1),
(3, 12, 'annual', '2025-03-14', '2025-03-20', '2025-03-01', 0),
(4, 17, 'annual', '2025-03-10', '2025-03-14', '2025-02-10', 1),
(5, 9, 'annual', '2025-03-16', '2025-03-23', '2025-01-08', 1),
(6, 14, 'annual', '2025-02-10', '2025-02-14', '2025-01-02', 1),
(7, 4, 'parental', '2025-04-07', '2025-06-29', '2024-12-01', 1),
(8, 16, 'annual', '2025-03-28', '2025-04-04', '2025-03-12', 0),
(9, 5, 'compassionate', '2025-03-13', '2025-03-17', '2025-03-13', 1),
(10, 7, 'annual', '2025-01-06', '2025-01-10', '2024-11-15', 1),
(11, 2, 'annual', '2024-12-23', '2025-01-02', '2024-10-01', 1),
(12, 11, 'study', '2025-03-15', '2025-03-15', '2025-03-05', 0),
(13, 13, 'annual', '2025-05-19', '2025-05-23', '2025-02-20', 1),
(14, 7, 'annual', '2025-08-04', '2025-08-15', '2025-03-02', 1);

INSERT INTO incidents VALUES
(1, 1, 2, 5, '2025-03-04 02:15:00', 'minor', 'Patient fall, no injury'),
(2, 1, 3, 7, '2025-03-03 11:40:00', 'near_miss', 'Wrong wristband printed, caught before use'),
(3, 2, NULL, 4, '2025-03-05 03:30:00', 'moderate', 'Antibiotic dose given two hours late'),
(4, 4, 7, 10, '2025-03-06 04:05:00', 'severe', 'Ventilator alarm failed to sound'),
(5, 4, 6, 9, '2025-03-05 12:00:00', 'minor', 'Needlestick injury to staff'),
(6, 3, 8, 6, '2025-03-06 19:20:00', 'moderate', 'Pressure ulcer identified on admission check'),
(7, 5, 19, 6, '2025-03-16 01:10:00', 'near_miss', 'Cot bed brake found faulty'),
(8, 7, 20, 10, '2025-03-17 09:30:00', 'minor', 'Delayed swallow assessment'),
(9, 1, 16, 13, '2025-03-15 03:00:00', 'moderate', 'Aggressive visitor restrained by security'),
(10, 3, NULL, 1, '2025-03-20 10:00:00', 'minor', 'Missing controlled drugs register signature');
