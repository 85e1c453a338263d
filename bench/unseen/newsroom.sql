CREATE TABLE authors (
  author_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  desk TEXT NOT NULL CHECK (desk IN ('news', 'business', 'sport', 'culture', 'tech')), -- the desk the author belongs to
  joined_on TEXT NOT NULL -- 'YYYY-MM-DD'
);
CREATE TABLE articles (
  article_id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors(author_id),
  section TEXT NOT NULL CHECK (section IN ('news', 'business', 'sport', 'culture', 'tech', 'opinion')),
  headline TEXT NOT NULL,
  published_at TEXT, -- 'YYYY-MM-DD HH:MM:SS'; NULL while the article is still a draft
  word_count INTEGER NOT NULL CHECK (word_count > 0),
  is_premium INTEGER NOT NULL DEFAULT 0 CHECK (is_premium IN (0, 1)) -- 1 = subscribers only (paywalled)
);
CREATE TABLE article_views (
  article_id INTEGER NOT NULL REFERENCES articles(article_id),
  viewed_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  views INTEGER NOT NULL CHECK (views >= 0), -- page views on that day
  PRIMARY KEY (article_id, viewed_on)
);
CREATE TABLE comments (
  comment_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(article_id),
  commenter_name TEXT NOT NULL,
  posted_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  body TEXT NOT NULL,
  is_flagged INTEGER NOT NULL DEFAULT 0 CHECK (is_flagged IN (0, 1)) -- 1 = reported for moderation
);
CREATE TABLE tags (
  tag_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(article_id),
  tag_id INTEGER NOT NULL REFERENCES tags(tag_id),
  PRIMARY KEY (article_id, tag_id)
);
CREATE TABLE corrections (
  correction_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(article_id),
  issued_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  note TEXT NOT NULL
);

INSERT INTO authors (author_id, name, desk, joined_on) VALUES
(1, 'Hannah Okafor', 'news', '2015-04-01'),
(2, 'David Lindqvist', 'business', '2017-09-15'),
(3, 'Priya Raman', 'tech', '2019-02-04'),
(4, 'Marco Bellini', 'sport', '2018-06-11'),
(5, 'Chloe Martin', 'culture', '2020-10-19'),
(6, 'Samuel Adeyemi', 'news', '2021-03-08'),
(7, 'Ines Duarte', 'business', '2023-01-16'),
(8, 'Oliver Grant', 'tech', '2024-09-02'),
(9, 'Yuki Tanaka', 'sport', '2022-05-23');

INSERT INTO articles (article_id, author_id, section, headline, published_at, word_count, is_premium) VALUES
(1, 1, 'news', 'City council approves new tram line', '2024-11-04 08:15:00', 820, 0),
(2, 2, 'business', 'Port volumes hit record high', '2024-11-12 06:30:00', 640, 1),
(3, 3, 'tech', 'Inside the chip shortage recovery', '2024-12-03 10:00:00', 1450, 1),
(4, 4, 'sport', 'Derby ends in late drama', '2024-12-15 21:45:00', 560, 0),
(5, 5, 'culture', 'Review: a bold new staging of Hamlet', '2025-01-09 12:00:00', 910, 0),
(6, 1, 'opinion', 'Why the tram line matters', '2025-01-20 07:00:00', 1100, 1),
(7, 6, 'news', 'Flood warnings issued along the river', '2025-02-02 05:50:00', 480, 0),
(8, 7, 'business', 'Startup funding slows in first quarter', '2025-02-18 09:30:00', 1020, 1),
(9, 3, 'tech', 'Hands-on with the new e-reader', '2025-03-05 14:00:00', 760, 0),
(10, 9, 'sport', 'Marathon sets new entry record', '2025-03-16 18:20:00', 530, 0),
(11, 2, 'opinion', 'The case for a four-day week', '2025-03-28 08:00:00', 1250, 1),
(12, 5, 'culture', 'Festival line-up announced', '2025-04-02 11:10:00', 670, 0),
(13, 6, 'news', 'Hospital waiting lists fall', '2025-04-14 06:45:00', 890, 0),
(14, 4, 'sport', 'Coach resigns after poor run', '2025-04-21 22:05:00', 610, 0),
(15, 7, 'business', 'Housing market cools again', '2025-05-06 07:15:00', 980, 1),
(16, 3, 'business', 'Chipmaker posts record profit', '2025-05-12 16:40:00', 700, 1),
(17, 1, 'news', 'Budget leaks: what we know so far', NULL, 1600, 1),
(18, 9, 'sport', 'Cup final preview', NULL, 450, 0),
(19, 6, 'news', 'Bridge repairs delayed until autumn', '2025-05-20 09:00:00', 540, 0),
(20, 5, 'culture', 'Gallery reopens after renovation', '2024-10-28 10:30:00', 720, 0);

INSERT INTO article_views (article_id, viewed_on, views) VALUES
(1, '2024-11-04', 3200), (1, '2024-11-05', 1100),
(2, '2024-11-12', 1800),
(3, '2024-12-03', 5400), (3, '2024-12-04', 2100),
(4, '2024-12-15', 2600), (4, '2024-12-16', 3900),
(5, '2025-01-09', 950),
(6, '2025-01-20', 2700), (6, '2025-01-21', 800),
(7, '2025-02-02', 6100), (7, '2025-02-03', 2300),
(8, '2025-02-18', 1400),
(9, '2025-03-05', 1750), (9, '2025-03-06', 600),
(10, '2025-03-16', 2200),
(11, '2025-03-28', 3100), (11, '2025-03-29', 1200), (11, '2025-04-01', 300),
(12, '2025-04-02', 1300),
(13, '2025-04-14', 2900),
(14, '2025-04-21', 1600), (14, '2025-04-22', 2500),
(15, '2025-05-06', 1900),
(16, '2025-05-12', 2300),
(20, '2024-10-28', 700), (20, '2024-11-02', 400);

INSERT INTO comments (comment_id, article_id, commenter_name, posted_at, body, is_flagged) VALUES
(1, 1, 'mike_r', '2024-11-04 09:02:00', 'About time the east side got a tram.', 0),
(2, 1, 'anna.k', '2024-11-04 10:15:00', 'What about the bus routes it replaces?', 0),
(3, 1, 'tramfan', '2024-11-05 08:00:00', 'Anyone who opposes this is an idiot.', 1),
(4, 3, 'gadgetguy', '2024-12-03 11:30:00', 'Great explainer on the supply chain.', 0),
(5, 4, 'blue_army', '2024-12-15 22:10:00', 'That referee should never work again!!!', 1),
(6, 4, 'mike_r', '2024-12-16 07:45:00', 'Best derby in years.', 0),
(7, 6, 'anna.k', '2025-01-20 09:00:00', 'Convincing argument, thanks.', 0),
(8, 6, 'tramfan', '2025-01-20 09:30:00', 'Buy cheap tickets at my site (link removed)', 1),
(9, 7, 'riverside_jo', '2025-02-02 07:10:00', 'Sandbags are out on our street already.', 0),
(10, 7, 'mike_r', '2025-02-02 08:25:00', 'Stay safe everyone.', 0),
(11, 7, 'anon123', '2025-02-03 12:00:00', 'The council caused this, lock them up.', 1),
(12, 11, 'anna.k', '2025-03-28 10:00:00', 'Our office tried it and it worked.', 0),
(13, 11, 'workerbee', '2025-03-29 13:20:00', 'Not realistic for shift workers.', 0),
(14, 14, 'blue_army', '2025-04-21 23:00:00', 'Should have gone months ago.', 0),
(15, 14, 'redscarf', '2025-04-22 06:30:00', 'Fans like you are the real problem.', 1),
(16, 13, 'nurse_linda', '2025-04-14 08:00:00', 'Good news, but staffing is still short.', 0),
(17, 9, 'gadgetguy', '2025-03-05 15:10:00', 'Battery life looks impressive.', 0),
(18, 15, 'mike_r', '2025-05-06 09:40:00', 'Finally some relief for buyers.', 0),
(19, 7, 'riverside_jo', '2025-02-02 09:40:00', 'Update: water has reached the park.', 0);

INSERT INTO tags (tag_id, name) VALUES
(1, 'transport'), (2, 'economy'), (3, 'local'), (4, 'technology'), (5, 'football'),
(6, 'weather'), (7, 'health'), (8, 'arts'), (9, 'housing'), (10, 'elections');

INSERT INTO article_tags (article_id, tag_id) VALUES
(1, 1), (1, 3), (2, 2), (3, 4), (3, 2), (4, 5), (4, 3), (5, 8), (6, 1), (6, 3),
(7, 6), (7, 3), (8, 2), (8, 4), (9, 4), (10, 3), (11, 2), (12, 8), (13, 7), (13, 3),
(14, 5), (15, 2), (15, 9), (16, 4), (16, 2), (17, 2), (19, 1), (19, 3), (20, 8);

INSERT INTO corrections (correction_id, article_id, issued_on, note) VALUES
(1, 1, '2024-11-05', 'Corrected the projected opening year of the line'),
(2, 7, '2025-02-03', 'River name was misspelt'),
(3, 8, '2025-02-20', 'Total funding was EUR 1.2bn, not EUR 2.1bn'),
(4, 7, '2025-02-04', 'Clarified which districts are affected'),
(5, 13, '2025-04-16', 'Updated figures from the health authority'),
(6, 3, '2024-12-05', 'Fixed the name of a company quoted'),
(7, 16, '2025-05-13', 'Profit figure corrected');
