CREATE TABLE conferences (
  conference_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  starts_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  ends_on TEXT NOT NULL, -- 'YYYY-MM-DD', last day of the conference
  CHECK (ends_on >= starts_on)
);
CREATE TABLE rooms (
  room_id INTEGER PRIMARY KEY,
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  name TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0), -- seats
  UNIQUE (conference_id, name)
);
CREATE TABLE speakers (
  speaker_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  company TEXT, -- NULL: independent / not given
  country TEXT NOT NULL
);
CREATE TABLE sessions (
  session_id INTEGER PRIMARY KEY,
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  room_id INTEGER REFERENCES rooms(room_id), -- NULL: room not assigned yet
  title TEXT NOT NULL,
  track TEXT NOT NULL CHECK (track IN ('AI', 'Cloud', 'Data', 'Security', 'Web')),
  starts_at TEXT NOT NULL, -- local time, 'YYYY-MM-DD HH:MM'
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0)
);
CREATE TABLE session_speakers (
  session_id INTEGER NOT NULL REFERENCES sessions(session_id),
  speaker_id INTEGER NOT NULL REFERENCES speakers(speaker_id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'panelist', 'moderator')),
  PRIMARY KEY (session_id, speaker_id)
);
CREATE TABLE attendees (
  attendee_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  company TEXT, -- NULL: not given
  country TEXT NOT NULL
);
CREATE TABLE registrations (
  registration_id INTEGER PRIMARY KEY,
  attendee_id INTEGER NOT NULL REFERENCES attendees(attendee_id),
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  ticket_type TEXT NOT NULL CHECK (ticket_type IN ('standard', 'student', 'vip')),
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0), -- price paid, in euro cents
  registered_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)), -- 1: cancelled and refunded
  UNIQUE (attendee_id, conference_id)
);
CREATE TABLE session_ratings (
  attendee_id INTEGER NOT NULL REFERENCES attendees(attendee_id),
  session_id INTEGER NOT NULL REFERENCES sessions(session_id),
  stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  PRIMARY KEY (attendee_id, session_id)
);

INSERT INTO conferences VALUES
(1, 'DevSummit 2024', 'Berlin', '2024-03-12', '2024-03-14'),
(2, 'CloudConf 2024', 'Lisbon', '2024-09-24', '2024-09-25'),
(3, 'DevSummit 2025', 'Berlin', '2025-03-18', '2025-03-20'),
(4, 'DataWeek 2025', 'Amsterdam', '2025-06-10', '2025-06-12'),
(5, 'AI Forum 2025', 'Dublin', '2025-11-20', '2025-11-21');
INSERT INTO rooms VALUES
(1, 1, 'Hall A', 400),
(2, 1, 'Room 101', 120),
(3, 2, 'Tejo Auditorium', 300),
(4, 2, 'Studio 2', 80),
(5, 3, 'Hall A', 400),
(6, 3, 'Room 101', 120),
(7, 3, 'Workshop Lab', 40),
(8, 4, 'Main Stage', 500),
(9, 4, 'Canal Room', 150),
(10, 5, 'Liffey Hall', 250);
INSERT INTO speakers VALUES
(1, 'Anna Schmidt', 'Zalando', 'Germany'),
(2, 'Ravi Patel', 'Google', 'India'),
(3, 'Sofia Costa', 'Farfetch', 'Portugal'),
(4, 'Jan de Vries', 'ING', 'Netherlands'),
(5, 'Emily Carter', NULL, 'United Kingdom'),
(6, 'Lukas Weber', 'SAP', 'Germany'),
(7, 'Maria Lopez', 'Microsoft', 'Spain'),
(8, 'Tom Byrne', 'Stripe', 'Ireland'),
(9, 'Chen Wei', NULL, 'Singapore'),
(10, 'Fatima Ali', 'AWS', 'United Kingdom'),
(11, 'Pieter Jansen', 'Adyen', 'Netherlands'),
(12, 'Olivia Brown', 'Shopify', 'Canada'),
(13, 'Marco Rossi', 'Datadog', 'Italy'),
(14, 'Hannah Keller', 'DeepL', 'Germany');
INSERT INTO sessions VALUES
(1, 1, 1, 'Keynote: The Next Decade of Software', 'Web', '2024-03-12 09:00', 60),
(2, 1, 2, 'Kubernetes Cost Control', 'Cloud', '2024-03-12 10:30', 45),
(3, 1, 1, 'Securing the Supply Chain', 'Security', '2024-03-13 09:30', 60),
(4, 1, 2, 'Hands-on LLM Fine-Tuning', 'AI', '2024-03-13 13:00', 180),
(5, 1, 1, 'Panel: Open Source Sustainability', 'Web', '2024-03-14 15:00', 60),
(6, 2, 3, 'Serverless at Scale', 'Cloud', '2024-09-24 09:00', 45),
(7, 2, 4, 'Terraform Workshop', 'Cloud', '2024-09-24 13:30', 120),
(8, 2, 3, 'Zero Trust Networks', 'Security', '2024-09-25 10:00', 60),
(9, 2, 4, 'Multi-Cloud Observability', 'Cloud', '2024-09-25 14:00', 45),
(10, 3, 5, 'Keynote: Building for Trust', 'Security', '2025-03-18 09:00', 60),
(11, 3, 6, 'Rust for Web Backends', 'Web', '2025-03-18 11:00', 45),
(12, 3, 7, 'Threat Modelling Workshop', 'Security', '2025-03-18 14:00', 150),
(13, 3, 5, 'RAG in Production', 'AI', '2025-03-19 09:30', 60),
(14, 3, 6, 'Panel: AI Regulation in Europe', 'AI', '2025-03-19 11:00', 90),
(15, 3, 7, 'Vector Databases Deep Dive', 'Data', '2025-03-19 13:30', 120),
(16, 3, 5, 'Evaluating LLM Apps', 'AI', '2025-03-19 17:30', 45),
(17, 3, 6, 'Platform Engineering Lessons', 'Cloud', '2025-03-20 09:00', 60),
(18, 3, 5, 'Closing Panel: Developer Experience', 'Web', '2025-03-20 15:00', 60),
(19, 4, 8, 'Opening Keynote: Data Contracts', 'Data', '2025-06-10 09:00', 60),
(20, 4, 9, 'Streaming with Kafka', 'Data', '2025-06-10 11:00', 90),
(21, 4, 9, 'dbt Masterclass', 'Data', '2025-06-10 14:00', 180),
(22, 4, 8, 'Privacy Engineering', 'Security', '2025-06-11 10:00', 60),
(23, 4, 8, 'Forecasting with ML', 'AI', '2025-06-11 15:30', 105),
(24, 4, 9, 'Lakehouse Architecture Workshop', 'Data', '2025-06-12 13:30', 240),
(25, 4, 8, 'Panel: The Modern Data Team', 'Data', '2025-06-12 16:30', 60),
(26, 5, 10, 'Agents in the Enterprise', 'AI', '2025-11-20 09:00', 60),
(27, 5, NULL, 'Responsible AI Roundtable', 'AI', '2025-11-20 14:00', 90),
(28, 5, NULL, 'GPU Scheduling on Kubernetes', 'Cloud', '2025-11-21 10:00', 45);
INSERT INTO session_speakers VALUES
(1, 1, 'lead'),
(2, 6, 'lead'),
(3, 8, 'lead'),
(4, 2, 'lead'),
(5, 5, 'moderator'),
(5, 1, 'panelist'),
(5, 3, 'panelist'),
(6, 3, 'lead'),
(7, 7, 'lead'),
(8, 8, 'lead'),
(9, 10, 'lead'),
(10, 8, 'lead'),
(11, 6, 'lead'),
(12, 8, 'lead'),
(12, 10, 'lead'),
(13, 2, 'lead'),
(14, 5, 'moderator'),
(14, 2, 'panelist'),
(14, 1, 'panelist'),
(14, 14, 'panelist'),
(15, 11, 'lead'),
(16, 14, 'lead'),
(17, 6, 'lead'),
(18, 1, 'moderator'),
(18, 7, 'panelist'),
(18, 13, 'panelist'),
(18, 6, 'panelist'),
(19, 4, 'lead'),
(20, 11, 'lead'),
(21, 4, 'lead'),
(22, 10, 'lead'),
(23, 9, 'lead'),
(24, 11, 'lead'),
(25, 4, 'moderator'),
(25, 11, 'panelist'),
(25, 13, 'panelist'),
(26, 2, 'lead'),
(27, 5, 'moderator'),
(27, 14, 'panelist'),
(28, 7, 'lead');
INSERT INTO attendees VALUES
(1, 'Lena Fischer', 'lena.fischer@example.com', 'Zalando', 'Germany'),
(2, 'Joao Silva', 'joao.silva@example.com', 'Farfetch', 'Portugal'),
(3, 'Sanne Bakker', 'sanne.bakker@example.com', 'ING', 'Netherlands'),
(4, 'Daan Visser', 'daan.visser@example.com', 'Adyen', 'Netherlands'),
(5, 'Aoife Murphy', 'aoife.murphy@example.com', 'Stripe', 'Ireland'),
(6, 'Paul Martin', 'paul.martin@example.com', NULL, 'France'),
(7, 'Ines Garcia', 'ines.garcia@example.com', 'Glovo', 'Spain'),
(8, 'Max Braun', 'max.braun@example.com', 'SAP', 'Germany'),
(9, 'Emma Jones', 'emma.jones@example.com', NULL, 'United Kingdom'),
(10, 'Niels Jensen', 'niels.jensen@example.com', 'Maersk', 'Denmark'),
(11, 'Clara Hoffmann', 'clara.hoffmann@example.com', 'SAP', 'Germany'),
(12, 'Ruben Smit', 'ruben.smit@example.com', 'ING', 'Netherlands'),
(13, 'Beatriz Santos', 'beatriz.santos@example.com', 'Farfetch', 'Portugal'),
(14, 'Kevin O''Brien', 'kevin.obrien@example.com', 'Stripe', 'Ireland'),
(15, 'Julia Nowak', 'julia.nowak@example.com', 'Allegro', 'Poland'),
(16, 'Tim Schulz', 'tim.schulz@example.com', 'SAP', 'Germany'),
(17, 'Yara Haddad', 'yara.haddad@example.com', NULL, 'Netherlands'),
(18, 'Ole Berg', 'ole.berg@example.com', 'Equinor', 'Norway'),
(19, 'Mia Wagner', 'mia.wagner@example.com', 'Zalando', 'Germany'),
(20, 'Sam Taylor', 'sam.taylor@example.com', NULL, 'United Kingdom');
INSERT INTO registrations VALUES
(1, 1, 1, 'standard', 39000, '2023-11-20', 0),
(2, 8, 1, 'vip', 129000, '2024-01-15', 0),
(3, 11, 1, 'standard', 49000, '2024-02-02', 0),
(4, 3, 1, 'standard', 49000, '2024-02-10', 1),
(5, 17, 1, 'student', 12000, '2024-02-28', 0),
(6, 5, 1, 'standard', 49000, '2024-03-01', 0),
(7, 2, 2, 'standard', 35000, '2024-06-03', 0),
(8, 13, 2, 'vip', 95000, '2024-07-19', 0),
(9, 7, 2, 'standard', 35000, '2024-08-01', 0),
(10, 6, 2, 'student', 9000, '2024-08-22', 1),
(11, 10, 2, 'standard', 35000, '2024-09-02', 0),
(12, 1, 3, 'vip', 129000, '2024-12-31', 0),
(13, 8, 3, 'vip', 129000, '2025-01-01', 0),
(14, 11, 3, 'standard', 39000, '2025-01-15', 0),
(15, 16, 3, 'standard', 49000, '2025-01-31', 0),
(16, 3, 3, 'vip', 129000, '2025-02-01', 1),
(17, 12, 3, 'standard', 49000, '2025-02-14', 0),
(18, 17, 3, 'student', 12000, '2025-02-20', 0),
(19, 15, 3, 'student', 12000, '2025-03-03', 0),
(20, 5, 3, 'standard', 49000, '2025-03-10', 1),
(21, 14, 3, 'vip', 129000, '2025-03-12', 0),
(22, 9, 3, 'standard', 49000, '2025-03-17', 0),
(23, 3, 4, 'vip', 110000, '2025-03-05', 0),
(24, 4, 4, 'vip', 110000, '2025-03-21', 0),
(25, 12, 4, 'standard', 42000, '2025-04-02', 0),
(26, 17, 4, 'student', 10000, '2025-04-30', 0),
(27, 10, 4, 'standard', 42000, '2025-05-06', 1),
(28, 19, 4, 'standard', 42000, '2025-05-12', 1),
(29, 2, 4, 'standard', 42000, '2025-05-20', 0),
(30, 9, 4, 'student', 10000, '2025-06-01', 0),
(31, 7, 5, 'standard', 30000, '2025-09-15', 1);
INSERT INTO session_ratings VALUES
(1, 1, 5),
(8, 1, 4),
(1, 3, 4),
(11, 3, 5),
(17, 4, 5),
(1, 4, 5),
(8, 4, 4),
(11, 5, 3),
(5, 5, 2),
(2, 6, 4),
(13, 6, 5),
(7, 6, 3),
(10, 7, 5),
(2, 7, 5),
(13, 8, 4),
(1, 10, 4),
(8, 10, 5),
(14, 10, 3),
(12, 11, 4),
(8, 12, 5),
(11, 12, 4),
(15, 12, 4),
(17, 13, 5),
(9, 13, 4),
(14, 14, 2),
(12, 14, 3),
(15, 15, 4),
(9, 16, 3),
(1, 18, 4),
(3, 19, 4),
(12, 19, 5),
(4, 21, 5),
(17, 21, 5),
(3, 21, 5),
(12, 21, 4),
(9, 22, 4),
(2, 23, 2),
(17, 24, 5),
(4, 24, 4),
(12, 25, 3);
