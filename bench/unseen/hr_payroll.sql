CREATE TABLE departments (
  department_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  cost_centre TEXT NOT NULL UNIQUE, -- finance cost-centre code, e.g. 'CC-100'
  opened_on TEXT NOT NULL -- 'YYYY-MM-DD' date the department was set up
);
CREATE TABLE job_titles (
  title_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 6) -- pay grade, 1 (lowest) to 6 (highest)
);
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(department_id),
  title_id INTEGER NOT NULL REFERENCES job_titles(title_id), -- current (or, for leavers, last) job title
  manager_id INTEGER REFERENCES employees(employee_id), -- line manager (may be in another department); NULL = reports to nobody (top of a reporting line)
  hired_on TEXT NOT NULL, -- 'YYYY-MM-DD' first working day
  left_on TEXT, -- 'YYYY-MM-DD' last working day; NULL = still employed
  employment_type TEXT NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'contractor'))
);
CREATE TABLE salary_history (
  salary_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
  annual_salary_pence INTEGER NOT NULL CHECK (annual_salary_pence > 0), -- gross annual salary in pence (GBP); part-time salaries are already pro-rata
  effective_from TEXT NOT NULL, -- 'YYYY-MM-DD' first day this salary applies
  effective_to TEXT, -- 'YYYY-MM-DD' last day this salary applies (inclusive); NULL = current salary
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE TABLE timesheets (
  timesheet_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
  work_date TEXT NOT NULL, -- 'YYYY-MM-DD' day the work was done
  minutes_worked INTEGER NOT NULL CHECK (minutes_worked > 0), -- length of this block of work in minutes
  is_overtime INTEGER NOT NULL DEFAULT 0 CHECK (is_overtime IN (0, 1)) -- 1 = this block is overtime (paid extra), 0 = normal hours
);
CREATE TABLE leave_requests (
  request_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
  leave_type TEXT NOT NULL CHECK (leave_type IN ('annual', 'sick', 'parental', 'unpaid')),
  start_date TEXT NOT NULL, -- 'YYYY-MM-DD' first day of leave
  end_date TEXT NOT NULL, -- 'YYYY-MM-DD' last day of leave (inclusive: a one-day request has end_date = start_date)
  status TEXT NOT NULL CHECK (status IN ('approved', 'pending', 'rejected', 'cancelled')), -- pending = awaiting a decision; cancelled = withdrawn by the employee after approval
  requested_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  CHECK (end_date >= start_date)
);
CREATE TABLE performance_reviews (
  review_id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
  reviewer_id INTEGER REFERENCES employees(employee_id), -- who wrote the review; NULL = external review by the board
  review_year INTEGER NOT NULL, -- the year the review covers
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5), -- 1 = unsatisfactory ... 5 = outstanding
  UNIQUE (employee_id, review_year)
);

INSERT INTO departments VALUES
(1, 'Engineering', 'CC-100', '2016-01-04'),
(2, 'Finance', 'CC-200', '2016-01-04'),
(3, 'People', 'CC-300', '2017-06-01'),
(4, 'Sales', 'CC-400', '2016-01-04'),
(5, 'Customer Support', 'CC-500', '2019-03-01'),
(6, 'Legal', 'CC-600', '2024-10-01'),
(7, 'Facilities', 'CC-700', '2016-09-01'),
(8, 'Marketing', 'CC-800', '2024-11-15');

INSERT INTO job_titles VALUES
(1, 'Software Engineer', 3),
(2, 'Senior Software Engineer', 4),
(3, 'Engineering Manager', 5),
(4, 'Accountant', 3),
(5, 'Finance Director', 6),
(6, 'HR Partner', 3),
(7, 'Sales Executive', 2),
(8, 'Sales Manager', 5),
(9, 'Support Agent', 1),
(10, 'Support Team Lead', 4),
(11, 'Facilities Coordinator', 2),
(12, 'Marketing Specialist', 3);

INSERT INTO employees VALUES
(1, 'Helen', 'Carter', 1, 3, NULL, '2018-03-05', NULL, 'full_time'),
(2, 'Raj', 'Patel', 1, 2, 1, '2019-07-15', NULL, 'full_time'),
(3, 'Sofia', 'Moreno', 1, 1, 1, '2021-01-11', NULL, 'full_time'),
(4, 'Tom', 'Becker', 1, 1, 2, '2022-09-01', '2024-06-30', 'full_time'),
(5, 'Aisha', 'Khan', 1, 1, 2, '2024-02-19', NULL, 'part_time'),
(6, 'David', 'Osei', 2, 5, NULL, '2017-05-02', NULL, 'full_time'),
(7, 'Laura', 'Jensen', 2, 4, 6, '2020-10-12', NULL, 'full_time'),
(8, 'Mark', 'Ellis', 2, 4, 6, '2023-04-03', '2025-01-31', 'full_time'),
(9, 'Nina', 'Rossi', 3, 6, 6, '2019-02-25', NULL, 'full_time'),
(10, 'Carlos', 'Diaz', 4, 8, NULL, '2018-11-19', NULL, 'full_time'),
(11, 'Emma', 'Wilson', 4, 7, 10, '2021-06-07', NULL, 'full_time'),
(12, 'Jack', 'Murphy', 4, 7, 10, '2022-03-14', '2024-12-31', 'full_time'),
(13, 'Grace', 'Lee', 5, 10, 10, '2020-08-24', NULL, 'full_time'),
(14, 'Omar', 'Haddad', 5, 9, 13, '2023-01-09', '2023-12-29', 'full_time'),
(15, 'Priya', 'Shah', 5, 9, 13, '2024-05-20', NULL, 'full_time'),
(16, 'Ben', 'Clarke', 7, 11, 6, '2016-09-12', '2024-03-15', 'full_time'),
(17, 'Chloe', 'Martin', 8, 12, 10, '2025-01-06', NULL, 'contractor'),
(18, 'Liam', 'Walsh', 5, 9, 13, '2025-03-03', NULL, 'part_time');

INSERT INTO salary_history VALUES
(1, 1, 8500000, '2018-03-05', '2022-03-31'),
(2, 1, 9800000, '2022-04-01', NULL),
(3, 2, 6200000, '2019-07-15', '2023-03-31'),
(4, 2, 7400000, '2023-04-01', NULL),
(5, 3, 4800000, '2021-01-11', '2024-03-31'),
(6, 3, 5280000, '2024-04-01', NULL),
(7, 4, 5000000, '2022-09-01', '2024-06-30'),
(8, 5, 3000000, '2024-02-19', NULL),
(9, 6, 10500000, '2017-05-02', '2024-12-31'),
(10, 6, 11400000, '2025-01-01', NULL),
(11, 7, 4550000, '2020-10-12', NULL),
(12, 8, 4400000, '2023-04-03', '2025-01-31'),
(13, 9, 4100000, '2019-02-25', '2023-06-30'),
(14, 9, 4600000, '2023-07-01', NULL),
(15, 10, 8800000, '2018-11-19', NULL),
(16, 11, 3600000, '2021-06-07', '2024-06-30'),
(17, 11, 3950000, '2024-07-01', NULL),
(18, 12, 3500000, '2022-03-14', '2024-12-31'),
(19, 13, 3800000, '2020-08-24', '2023-12-31'),
(20, 13, 4370000, '2024-01-01', NULL),
(21, 14, 2600000, '2023-01-09', '2023-12-29'),
(22, 15, 2750000, '2024-05-20', NULL),
(23, 16, 3100000, '2016-09-12', '2024-03-15'),
(24, 17, 5200000, '2025-01-06', NULL),
(25, 18, 1230625, '2025-03-03', NULL);

INSERT INTO timesheets VALUES
(1, 2, '2025-03-03', 480, 0),
(2, 2, '2025-03-03', 90, 1),
(3, 2, '2025-03-10', 480, 0),
(4, 2, '2025-03-31', 120, 1),
(5, 3, '2025-03-04', 450, 0),
(6, 3, '2025-03-04', 60, 1),
(7, 3, '2025-04-01', 150, 1),
(8, 5, '2025-03-05', 240, 0),
(9, 5, '2025-03-12', 240, 0),
(10, 7, '2025-02-28', 180, 1),
(11, 7, '2025-03-14', 480, 0),
(12, 7, '2025-03-14', 45, 1),
(13, 11, '2025-03-07', 480, 0),
(14, 13, '2025-03-06', 480, 0),
(15, 13, '2025-03-06', 150, 1),
(16, 13, '2025-03-20', 75, 1),
(17, 15, '2025-03-06', 480, 0),
(18, 15, '2025-03-21', 30, 1),
(19, 18, '2025-03-10', 300, 0),
(20, 18, '2025-03-17', 300, 0),
(21, 17, '2025-03-11', 420, 0),
(22, 9, '2025-03-12', 480, 0);

INSERT INTO leave_requests VALUES
(1, 2, 'annual', '2024-07-08', '2024-07-19', 'approved', '2024-05-20'),
(2, 2, 'annual', '2024-12-23', '2025-01-03', 'approved', '2024-10-01'),
(3, 3, 'sick', '2024-02-05', '2024-02-05', 'approved', '2024-02-05'),
(4, 3, 'annual', '2024-08-12', '2024-08-16', 'rejected', '2024-06-10'),
(5, 3, 'annual', '2024-08-19', '2024-08-23', 'approved', '2024-06-24'),
(6, 5, 'annual', '2025-04-14', '2025-04-17', 'pending', '2025-03-10'),
(7, 7, 'annual', '2024-05-06', '2024-05-10', 'approved', '2024-03-18'),
(8, 7, 'sick', '2024-11-18', '2024-11-20', 'approved', '2024-11-18'),
(9, 9, 'parental', '2024-09-02', '2024-12-20', 'approved', '2024-04-15'),
(10, 11, 'annual', '2024-03-25', '2024-04-05', 'approved', '2024-01-22'),
(11, 11, 'annual', '2024-10-14', '2024-10-18', 'cancelled', '2024-08-30'),
(12, 12, 'annual', '2024-12-16', '2024-12-31', 'approved', '2024-10-28'),
(13, 13, 'sick', '2024-01-29', '2024-01-31', 'approved', '2024-01-29'),
(14, 13, 'annual', '2024-06-03', '2024-06-14', 'approved', '2024-04-02'),
(15, 15, 'unpaid', '2024-11-04', '2024-11-08', 'approved', '2024-09-16'),
(16, 15, 'annual', '2025-02-17', '2025-02-21', 'pending', '2025-01-20'),
(17, 10, 'annual', '2024-08-05', '2024-08-09', 'rejected', '2024-07-01'),
(18, 1, 'annual', '2023-12-27', '2024-01-02', 'approved', '2023-11-06');

INSERT INTO performance_reviews VALUES
(1, 2, 1, 2023, 4),
(2, 3, 1, 2023, 3),
(3, 4, 2, 2023, 2),
(4, 7, 6, 2023, 4),
(5, 8, 6, 2023, 3),
(6, 9, 6, 2023, 5),
(7, 11, 10, 2023, 3),
(8, 12, 10, 2023, 2),
(9, 13, 10, 2023, 4),
(10, 14, 13, 2023, 2),
(11, 1, 6, 2024, 4),
(12, 2, 1, 2024, 5),
(13, 3, 1, 2024, 5),
(14, 5, 2, 2024, 2),
(15, 6, NULL, 2024, 5),
(16, 7, 6, 2024, 4),
(17, 8, 6, 2024, 2),
(18, 9, 6, 2024, 4),
(19, 11, 10, 2024, 4),
(20, 13, 10, 2024, 5),
(21, 15, 13, 2024, 3);
