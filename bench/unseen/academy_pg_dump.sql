--
-- PostgreSQL database dump
--

\restrict idPVv5wjSqLDFHak6s3A11Wdkin0aKOOEtiVhFQu844P0vUCYsX8AnrVdbizaQ1

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: learn; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA learn;


ALTER SCHEMA learn OWNER TO postgres;

--
-- Name: enrollment_status; Type: TYPE; Schema: learn; Owner: postgres
--

CREATE TYPE learn.enrollment_status AS ENUM (
    'active',
    'completed',
    'dropped',
    'refunded'
);


ALTER TYPE learn.enrollment_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: courses; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.courses (
    course_id integer NOT NULL,
    title text NOT NULL,
    instructor_id integer,
    category text NOT NULL,
    level text,
    price numeric(7,2) NOT NULL,
    published_at date,
    tags text[],
    CONSTRAINT courses_level_check CHECK ((level = ANY (ARRAY['beginner'::text, 'intermediate'::text, 'advanced'::text])))
);


ALTER TABLE learn.courses OWNER TO postgres;

--
-- Name: COLUMN courses.price; Type: COMMENT; Schema: learn; Owner: postgres
--

COMMENT ON COLUMN learn.courses.price IS 'list price in US dollars';


--
-- Name: courses_course_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.courses_course_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.courses_course_id_seq OWNER TO postgres;

--
-- Name: courses_course_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.courses_course_id_seq OWNED BY learn.courses.course_id;


--
-- Name: enrollments; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.enrollments (
    enrollment_id integer NOT NULL,
    learner_id integer NOT NULL,
    course_id integer NOT NULL,
    enrolled_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    status learn.enrollment_status DEFAULT 'active'::learn.enrollment_status NOT NULL,
    paid_amount numeric(7,2) NOT NULL
);


ALTER TABLE learn.enrollments OWNER TO postgres;

--
-- Name: enrollments_enrollment_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.enrollments_enrollment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.enrollments_enrollment_id_seq OWNER TO postgres;

--
-- Name: enrollments_enrollment_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.enrollments_enrollment_id_seq OWNED BY learn.enrollments.enrollment_id;


--
-- Name: instructors; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.instructors (
    instructor_id integer NOT NULL,
    full_name text NOT NULL,
    country character(2),
    joined_on date
);


ALTER TABLE learn.instructors OWNER TO postgres;

--
-- Name: instructors_instructor_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.instructors_instructor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.instructors_instructor_id_seq OWNER TO postgres;

--
-- Name: instructors_instructor_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.instructors_instructor_id_seq OWNED BY learn.instructors.instructor_id;


--
-- Name: learners; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.learners (
    learner_id integer NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    country character(2),
    signed_up_at timestamp with time zone NOT NULL,
    is_premium boolean DEFAULT false NOT NULL
);


ALTER TABLE learn.learners OWNER TO postgres;

--
-- Name: learners_learner_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.learners_learner_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.learners_learner_id_seq OWNER TO postgres;

--
-- Name: learners_learner_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.learners_learner_id_seq OWNED BY learn.learners.learner_id;


--
-- Name: lesson_views; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.lesson_views (
    learner_id integer NOT NULL,
    lesson_id integer NOT NULL,
    viewed_at timestamp with time zone NOT NULL,
    seconds_watched integer NOT NULL
);


ALTER TABLE learn.lesson_views OWNER TO postgres;

--
-- Name: lessons; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.lessons (
    lesson_id integer NOT NULL,
    course_id integer NOT NULL,
    "position" integer NOT NULL,
    title text NOT NULL,
    duration_seconds integer NOT NULL
);


ALTER TABLE learn.lessons OWNER TO postgres;

--
-- Name: lessons_lesson_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.lessons_lesson_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.lessons_lesson_id_seq OWNER TO postgres;

--
-- Name: lessons_lesson_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.lessons_lesson_id_seq OWNED BY learn.lessons.lesson_id;


--
-- Name: reviews; Type: TABLE; Schema: learn; Owner: postgres
--

CREATE TABLE learn.reviews (
    review_id integer NOT NULL,
    enrollment_id integer NOT NULL,
    rating smallint NOT NULL,
    body text,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT reviews_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);


ALTER TABLE learn.reviews OWNER TO postgres;

--
-- Name: reviews_review_id_seq; Type: SEQUENCE; Schema: learn; Owner: postgres
--

CREATE SEQUENCE learn.reviews_review_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE learn.reviews_review_id_seq OWNER TO postgres;

--
-- Name: reviews_review_id_seq; Type: SEQUENCE OWNED BY; Schema: learn; Owner: postgres
--

ALTER SEQUENCE learn.reviews_review_id_seq OWNED BY learn.reviews.review_id;


--
-- Name: courses course_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.courses ALTER COLUMN course_id SET DEFAULT nextval('learn.courses_course_id_seq'::regclass);


--
-- Name: enrollments enrollment_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.enrollments ALTER COLUMN enrollment_id SET DEFAULT nextval('learn.enrollments_enrollment_id_seq'::regclass);


--
-- Name: instructors instructor_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.instructors ALTER COLUMN instructor_id SET DEFAULT nextval('learn.instructors_instructor_id_seq'::regclass);


--
-- Name: learners learner_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.learners ALTER COLUMN learner_id SET DEFAULT nextval('learn.learners_learner_id_seq'::regclass);


--
-- Name: lessons lesson_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lessons ALTER COLUMN lesson_id SET DEFAULT nextval('learn.lessons_lesson_id_seq'::regclass);


--
-- Name: reviews review_id; Type: DEFAULT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.reviews ALTER COLUMN review_id SET DEFAULT nextval('learn.reviews_review_id_seq'::regclass);


--
-- Data for Name: courses; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.courses (course_id, title, instructor_id, category, level, price, published_at, tags) FROM stdin;
1	SQL for Analysts	6	Data	advanced	19.99	2023-11-21	{hands-on}
2	Python for Data Analysis	5	Data	intermediate	29.99	2022-05-01	{career,python,hands-on}
3	Statistics Basics	5	Data	advanced	79.50	2024-06-01	{certificate,hands-on,beginner-friendly}
4	Machine Learning Foundations	1	Data	intermediate	79.50	2024-08-16	{career,beginner-friendly,sql}
5	Modern CSS	3	Web	advanced	19.99	2023-05-05	{certificate}
6	JavaScript Essentials	3	Web	beginner	129.00	2023-12-13	{career}
7	React in Practice	2	Web	advanced	99.00	2023-11-05	{sql}
8	UX Research	2	Design	beginner	19.99	2022-12-14	{certificate}
9	Figma from Zero	4	Design	beginner	0.00	2024-05-23	{sql}
10	Product Management 101	4	Business	intermediate	19.99	2022-01-07	{certificate,beginner-friendly}
11	Financial Modelling	3	Business	intermediate	29.99	\N	{python,career}
\.


--
-- Data for Name: enrollments; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.enrollments (enrollment_id, learner_id, course_id, enrolled_at, completed_at, status, paid_amount) FROM stdin;
1	1	3	2024-11-08 05:23:00+00	2025-01-26 02:23:00+00	completed	39.75
2	1	9	2024-04-02 02:09:00+00	\N	active	0.00
3	1	11	2025-06-12 05:07:00+00	\N	active	29.99
4	1	4	2024-08-24 16:16:00+00	\N	active	79.50
5	1	10	2024-04-14 23:39:00+00	2024-08-10 23:39:00+00	completed	15.99
6	2	8	2024-01-18 15:07:00+00	2024-04-01 00:07:00+00	completed	19.99
7	2	1	2024-02-07 10:29:00+00	2024-04-22 19:29:00+00	completed	19.99
8	2	9	2024-08-20 18:19:00+00	2024-09-04 02:19:00+00	completed	0.00
9	3	7	2024-03-16 18:47:00+00	2024-04-08 17:47:00+00	completed	79.20
10	3	10	2024-11-23 23:01:00+00	\N	refunded	0.00
11	3	4	2025-05-04 14:21:00+00	\N	active	79.50
12	5	6	2024-02-01 11:16:00+00	\N	active	103.20
13	5	8	2024-03-29 21:33:00+00	2024-04-22 12:33:00+00	completed	19.99
14	5	9	2024-04-12 23:00:00+00	\N	refunded	0.00
15	7	9	2024-12-22 03:26:00+00	\N	refunded	0.00
16	7	4	2024-08-03 15:28:00+00	2024-09-26 17:28:00+00	completed	39.75
17	7	10	2024-03-28 23:46:00+00	2024-05-17 11:46:00+00	completed	19.99
18	7	11	2024-08-23 04:49:00+00	\N	active	29.99
19	7	6	2024-01-22 16:56:00+00	2024-02-26 11:56:00+00	completed	64.50
20	8	3	2024-08-29 17:20:00+00	\N	refunded	0.00
21	8	2	2025-02-02 08:57:00+00	\N	dropped	23.99
22	8	1	2025-05-24 19:13:00+00	2025-08-02 19:13:00+00	completed	15.99
23	8	8	2024-02-01 14:00:00+00	\N	refunded	0.00
24	9	11	2025-01-09 21:10:00+00	\N	active	23.99
25	9	5	2025-08-06 14:17:00+00	\N	active	15.99
26	10	11	2025-07-21 21:23:00+00	\N	active	23.99
27	10	4	2024-01-03 02:11:00+00	\N	active	79.50
28	10	1	2024-11-08 14:06:00+00	\N	active	19.99
29	10	5	2025-04-24 19:09:00+00	2025-06-26 05:09:00+00	completed	19.99
30	10	2	2025-01-05 12:00:00+00	\N	refunded	0.00
31	11	9	2024-08-05 00:18:00+00	2024-11-18 03:18:00+00	completed	0.00
32	11	11	2025-07-29 04:39:00+00	2025-11-15 19:39:00+00	completed	23.99
33	11	6	2024-03-11 03:42:00+00	\N	dropped	129.00
34	11	4	2025-07-20 11:51:00+00	\N	active	79.50
35	12	2	2025-06-13 01:38:00+00	2025-07-09 04:38:00+00	completed	23.99
36	12	5	2025-07-18 14:06:00+00	\N	dropped	19.99
37	12	7	2025-04-12 00:17:00+00	2025-07-18 19:17:00+00	completed	99.00
38	12	11	2025-08-15 06:28:00+00	\N	dropped	29.99
39	13	8	2024-03-30 20:50:00+00	\N	active	19.99
40	13	5	2025-05-04 11:33:00+00	2025-05-20 01:33:00+00	completed	19.99
41	13	11	2024-03-05 18:53:00+00	\N	refunded	0.00
42	13	6	2024-02-03 12:34:00+00	\N	active	103.20
43	13	9	2024-08-31 11:48:00+00	\N	active	0.00
44	14	1	2025-07-22 08:55:00+00	\N	active	19.99
45	14	5	2025-03-22 21:28:00+00	2025-03-31 11:28:00+00	completed	19.99
46	14	2	2025-01-14 05:47:00+00	\N	active	23.99
47	14	8	2025-05-13 19:48:00+00	2025-06-20 05:48:00+00	completed	9.99
48	15	11	2025-04-28 17:48:00+00	\N	active	23.99
49	15	6	2025-04-20 03:09:00+00	\N	active	129.00
50	18	11	2024-03-01 11:00:00+00	2024-06-15 02:00:00+00	completed	29.99
51	18	4	2024-11-05 16:47:00+00	\N	active	79.50
52	18	6	2024-02-23 07:54:00+00	\N	active	129.00
53	19	11	2025-01-19 07:41:00+00	2025-03-26 01:41:00+00	completed	29.99
54	19	5	2025-08-03 11:16:00+00	2025-10-18 08:16:00+00	completed	19.99
55	19	7	2024-06-12 07:51:00+00	\N	refunded	0.00
56	19	8	2024-10-20 15:55:00+00	\N	active	15.99
57	19	1	2024-01-07 03:01:00+00	\N	active	9.99
58	20	2	2024-07-24 04:09:00+00	2024-10-26 18:09:00+00	completed	14.99
59	20	5	2025-01-15 12:05:00+00	\N	refunded	0.00
60	21	4	2025-03-09 22:23:00+00	2025-05-26 23:23:00+00	completed	63.60
61	21	6	2025-08-20 20:41:00+00	2025-10-30 10:41:00+00	completed	103.20
62	21	1	2025-05-27 11:11:00+00	2025-08-06 09:11:00+00	completed	19.99
63	23	11	2024-04-12 17:27:00+00	2024-08-05 20:27:00+00	completed	29.99
64	24	9	2025-04-16 22:44:00+00	\N	active	0.00
65	24	2	2024-11-02 07:06:00+00	2024-11-27 08:06:00+00	completed	29.99
66	25	6	2025-04-02 06:58:00+00	\N	active	129.00
67	25	8	2024-10-03 16:14:00+00	\N	active	19.99
68	26	7	2024-07-30 05:26:00+00	\N	active	99.00
69	26	4	2024-09-12 16:27:00+00	\N	active	39.75
70	26	5	2025-04-28 17:57:00+00	\N	active	19.99
\.


--
-- Data for Name: instructors; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.instructors (instructor_id, full_name, country, joined_on) FROM stdin;
1	Ada Brooks	GB	2021-03-01
2	Ravi Menon	IN	2021-07-15
3	Chen Wei	CN	2022-01-10
4	Maria Lopez	ES	2022-05-20
5	Jonas Weber	DE	2023-02-02
6	Priya Shah	US	2024-09-09
\.


--
-- Data for Name: learners; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.learners (learner_id, email, display_name, country, signed_up_at, is_premium) FROM stdin;
1	alex1@example.com	Alex	DE	2023-05-14 12:59:00+00	f
2	sam2@example.com	Sam	US	2024-01-10 14:41:00+00	f
3	jo3@example.com	Jo	IN	2024-08-12 08:55:00+00	f
4	kim4@example.com	Kim	GB	2024-03-13 03:49:00+00	f
5	lee5@example.com	Lee	DE	2024-01-17 09:42:00+00	f
6	max6@example.com	Max	CA	2023-12-05 02:11:00+00	f
7	noor7@example.com	Noor	BR	2023-11-16 19:58:00+00	f
8	ola8@example.com	Ola	DE	2024-01-06 15:01:00+00	f
9	pat9@example.com	Pat	CA	2023-06-04 12:41:00+00	t
10	ria10@example.com	Ria	JP	2024-01-22 05:02:00+00	t
11	tom11@example.com	Tom	IN	2023-01-30 02:42:00+00	t
12	uma12@example.com	Uma	ES	2024-06-23 21:33:00+00	f
13	vic13@example.com	Vic	IN	2023-03-16 05:23:00+00	t
14	wen14@example.com	Wen	NG	2023-09-28 18:34:00+00	f
15	yan15@example.com	Yan	BR	2023-05-04 08:51:00+00	f
16	zoe16@example.com	Zoe	ES	2024-04-30 10:26:00+00	f
17	ana17@example.com	Ana	ES	2024-05-27 06:44:00+00	f
18	ben18@example.com	Ben	IN	2023-11-07 02:30:00+00	t
19	cai19@example.com	Cai	NG	2023-11-19 23:24:00+00	f
20	dev20@example.com	Dev	JP	2024-03-17 05:10:00+00	t
21	eli21@example.com	Eli	DE	2023-05-23 20:59:00+00	f
22	fay22@example.com	Fay	IN	2024-04-27 06:55:00+00	f
23	gus23@example.com	Gus	DE	2024-04-10 21:36:00+00	t
24	hal24@example.com	Hal	JP	2023-01-05 05:05:00+00	f
25	ivy25@example.com	Ivy	FR	2023-08-14 03:32:00+00	f
26	jax26@example.com	Jax	FR	2023-06-25 16:37:00+00	f
27	kai27@example.com	Kai	NG	2023-10-04 10:56:00+00	t
28	liv28@example.com	Liv	BR	2023-05-05 12:38:00+00	t
29	mo29@example.com	Mo	GB	2023-05-12 19:51:00+00	f
30	nia30@example.com	Nia	DE	2023-08-22 20:42:00+00	t
\.


--
-- Data for Name: lesson_views; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.lesson_views (learner_id, lesson_id, viewed_at, seconds_watched) FROM stdin;
1	12	2025-01-19 01:23:00+00	623
1	13	2025-01-15 00:23:00+00	997
1	14	2024-11-24 21:23:00+00	1244
1	16	2024-11-30 15:23:00+00	1463
1	17	2024-12-02 03:23:00+00	853
1	45	2024-04-19 01:09:00+00	1021
1	54	2025-07-16 19:07:00+00	1470
1	55	2025-07-13 00:07:00+00	781
1	57	2025-07-19 14:07:00+00	1619
1	19	2024-11-03 20:16:00+00	123
1	21	2024-11-08 22:16:00+00	880
1	47	2024-07-07 06:39:00+00	447
1	48	2024-04-29 19:39:00+00	1667
1	49	2024-04-20 19:39:00+00	1750
1	50	2024-04-16 18:39:00+00	1056
1	51	2024-07-05 08:39:00+00	952
2	36	2024-04-09 02:07:00+00	1480
2	37	2024-01-23 04:07:00+00	1329
2	38	2024-03-23 06:07:00+00	463
2	39	2024-03-13 17:07:00+00	1268
2	41	2024-02-07 02:07:00+00	1707
2	42	2024-04-04 20:07:00+00	92
2	43	2024-03-26 12:07:00+00	1029
2	1	2024-03-12 01:29:00+00	719
2	2	2024-02-10 10:29:00+00	419
2	3	2024-04-19 12:29:00+00	1749
2	4	2024-03-02 18:29:00+00	1320
2	5	2024-04-15 08:29:00+00	1636
2	6	2024-04-14 00:29:00+00	400
2	7	2024-02-21 06:29:00+00	336
2	8	2024-03-19 17:29:00+00	507
2	44	2024-10-30 22:19:00+00	735
2	45	2024-10-26 11:19:00+00	1768
2	46	2024-11-06 01:19:00+00	789
3	33	2024-04-01 13:47:00+00	1069
3	34	2024-04-01 12:47:00+00	1798
3	35	2024-06-03 21:47:00+00	394
3	48	2024-11-29 10:01:00+00	467
3	51	2025-01-25 12:01:00+00	616
3	18	2025-06-03 08:21:00+00	1789
3	19	2025-06-25 20:21:00+00	915
5	27	2024-03-10 10:16:00+00	139
5	28	2024-04-08 16:16:00+00	1320
5	36	2024-03-30 23:33:00+00	94
5	37	2024-05-02 02:33:00+00	974
5	38	2024-06-20 01:33:00+00	1437
5	39	2024-06-01 01:33:00+00	1457
5	40	2024-05-14 23:33:00+00	609
5	41	2024-05-01 17:33:00+00	1160
5	42	2024-04-26 08:33:00+00	173
5	43	2024-03-31 05:33:00+00	252
5	44	2024-06-01 21:00:00+00	499
7	18	2024-08-19 23:28:00+00	1169
7	19	2024-09-05 08:28:00+00	1537
7	20	2024-09-28 04:28:00+00	879
7	21	2024-08-08 17:28:00+00	1629
7	47	2024-05-21 11:46:00+00	1195
7	48	2024-06-14 00:46:00+00	1223
7	49	2024-04-01 01:46:00+00	832
7	50	2024-04-12 04:46:00+00	1119
7	51	2024-06-08 02:46:00+00	122
7	52	2024-06-09 14:46:00+00	562
7	55	2024-11-10 11:49:00+00	1375
7	26	2024-03-12 08:56:00+00	646
7	27	2024-03-04 11:56:00+00	965
7	28	2024-02-06 13:56:00+00	593
7	29	2024-03-06 16:56:00+00	1622
7	30	2024-02-28 22:56:00+00	392
7	31	2024-04-08 00:56:00+00	525
7	32	2024-03-25 19:56:00+00	592
8	13	2024-10-14 03:20:00+00	1005
8	15	2024-10-15 21:20:00+00	1673
8	16	2024-11-11 07:20:00+00	1114
8	17	2024-10-08 01:20:00+00	195
8	10	2025-04-20 07:57:00+00	1008
8	11	2025-03-22 03:57:00+00	851
8	1	2025-06-03 00:13:00+00	1645
8	2	2025-08-13 18:13:00+00	1613
8	4	2025-05-27 20:13:00+00	798
8	5	2025-07-05 22:13:00+00	898
8	6	2025-06-27 15:13:00+00	1375
8	7	2025-06-12 21:13:00+00	1410
8	8	2025-07-02 19:13:00+00	1356
8	37	2024-02-25 09:00:00+00	75
8	40	2024-03-31 15:00:00+00	334
8	41	2024-03-14 16:00:00+00	684
8	43	2024-03-24 14:00:00+00	609
9	53	2025-02-05 18:10:00+00	1469
9	22	2025-08-27 19:17:00+00	657
10	53	2025-07-29 14:23:00+00	1045
10	21	2024-02-14 08:11:00+00	515
10	1	2025-01-12 13:06:00+00	681
10	2	2024-11-30 05:06:00+00	531
10	3	2024-12-10 08:06:00+00	258
10	7	2024-11-25 07:06:00+00	300
10	22	2025-07-11 06:09:00+00	343
10	23	2025-06-06 13:09:00+00	1648
10	24	2025-06-12 20:09:00+00	1748
10	25	2025-06-30 11:09:00+00	979
10	10	2025-01-11 04:00:00+00	1302
11	44	2024-10-10 05:18:00+00	1669
11	45	2024-08-19 06:18:00+00	979
11	46	2024-10-16 19:18:00+00	67
11	53	2025-08-11 06:39:00+00	584
11	54	2025-09-11 17:39:00+00	503
11	55	2025-09-15 18:39:00+00	838
11	56	2025-09-05 14:39:00+00	598
11	57	2025-09-18 13:39:00+00	919
11	26	2024-05-14 01:42:00+00	1670
11	29	2024-04-16 02:42:00+00	841
11	30	2024-04-04 20:42:00+00	935
11	19	2025-09-15 19:51:00+00	805
11	21	2025-08-26 00:51:00+00	605
12	9	2025-07-16 17:38:00+00	1787
12	10	2025-07-05 20:38:00+00	1242
12	11	2025-07-25 00:38:00+00	991
12	23	2025-07-30 15:06:00+00	1344
12	33	2025-05-15 19:17:00+00	1018
12	34	2025-05-09 04:17:00+00	218
12	35	2025-05-20 03:17:00+00	383
12	53	2025-08-16 13:28:00+00	1302
13	36	2024-05-24 13:50:00+00	1645
13	38	2024-05-24 05:50:00+00	708
13	40	2024-04-26 20:50:00+00	1764
13	41	2024-06-09 10:50:00+00	120
13	22	2025-06-13 11:33:00+00	1141
13	23	2025-07-13 16:33:00+00	1256
13	25	2025-07-07 05:33:00+00	790
13	53	2024-05-24 01:53:00+00	1469
14	5	2025-08-28 11:55:00+00	169
14	7	2025-08-22 16:55:00+00	1157
14	8	2025-09-22 20:55:00+00	708
14	22	2025-05-06 02:28:00+00	1312
14	23	2025-05-17 03:28:00+00	850
14	24	2025-05-19 18:28:00+00	1747
14	25	2025-04-17 02:28:00+00	571
14	11	2025-03-29 04:47:00+00	1048
14	36	2025-06-18 15:48:00+00	1668
14	37	2025-07-15 05:48:00+00	128
14	38	2025-06-18 14:48:00+00	1225
14	39	2025-06-19 20:48:00+00	1378
14	40	2025-07-02 15:48:00+00	793
14	41	2025-07-06 09:48:00+00	1752
14	42	2025-05-25 06:48:00+00	1489
14	43	2025-06-04 02:48:00+00	831
15	54	2025-06-01 04:48:00+00	1474
15	55	2025-05-27 02:48:00+00	861
15	57	2025-06-20 22:48:00+00	48
15	29	2025-06-07 19:09:00+00	1656
15	30	2025-05-09 00:09:00+00	1160
15	31	2025-06-03 19:09:00+00	886
15	32	2025-06-22 07:09:00+00	1368
18	53	2024-04-19 22:00:00+00	1457
18	54	2024-04-21 05:00:00+00	923
18	55	2024-05-14 09:00:00+00	1749
18	56	2024-05-22 22:00:00+00	540
18	57	2024-05-13 07:00:00+00	111
18	18	2024-11-23 21:47:00+00	1655
18	29	2024-04-17 23:54:00+00	1767
18	31	2024-04-12 06:54:00+00	1544
18	32	2024-05-03 13:54:00+00	510
19	53	2025-02-20 08:41:00+00	880
19	54	2025-02-24 23:41:00+00	696
19	55	2025-02-15 01:41:00+00	150
19	56	2025-02-06 23:41:00+00	954
19	57	2025-03-25 13:41:00+00	107
19	22	2025-08-27 00:16:00+00	784
19	23	2025-10-17 00:16:00+00	1239
19	24	2025-10-25 09:16:00+00	65
19	25	2025-09-07 13:16:00+00	459
19	33	2024-08-22 06:51:00+00	1111
19	34	2024-07-12 06:51:00+00	1139
19	35	2024-07-12 10:51:00+00	1281
19	39	2024-11-10 19:55:00+00	191
19	41	2024-10-29 13:55:00+00	844
19	42	2024-11-12 06:55:00+00	1511
19	43	2024-12-29 19:55:00+00	970
19	3	2024-03-14 16:01:00+00	684
19	4	2024-03-05 12:01:00+00	864
19	5	2024-02-04 08:01:00+00	713
19	6	2024-02-24 06:01:00+00	1150
20	9	2024-09-27 17:09:00+00	561
20	11	2024-07-27 09:09:00+00	953
20	22	2025-02-19 03:05:00+00	564
20	24	2025-04-02 17:05:00+00	1690
20	25	2025-02-16 23:05:00+00	927
21	18	2025-05-14 17:23:00+00	1559
21	19	2025-05-02 03:23:00+00	1151
21	20	2025-05-04 17:23:00+00	73
21	21	2025-05-05 08:23:00+00	1181
21	26	2025-08-28 07:41:00+00	1259
21	27	2025-10-05 15:41:00+00	311
21	28	2025-10-12 05:41:00+00	1074
21	29	2025-09-22 07:41:00+00	650
21	30	2025-09-11 03:41:00+00	1271
21	31	2025-10-29 15:41:00+00	947
21	32	2025-10-13 00:41:00+00	716
21	1	2025-08-05 23:11:00+00	1304
21	2	2025-08-17 12:11:00+00	589
21	3	2025-08-17 09:11:00+00	1213
21	4	2025-07-10 10:11:00+00	918
21	5	2025-08-06 23:11:00+00	1585
21	7	2025-07-04 15:11:00+00	37
21	8	2025-07-13 03:11:00+00	1247
23	53	2024-04-28 07:27:00+00	1354
23	54	2024-06-21 21:27:00+00	945
23	55	2024-06-04 19:27:00+00	76
23	56	2024-05-05 08:27:00+00	663
23	57	2024-06-11 20:27:00+00	1076
24	44	2025-05-31 19:44:00+00	1565
24	46	2025-06-01 14:44:00+00	1219
24	9	2024-12-15 00:06:00+00	513
24	10	2024-11-13 20:06:00+00	1174
24	11	2025-01-20 11:06:00+00	1046
25	39	2024-10-14 03:14:00+00	1769
25	43	2024-12-22 04:14:00+00	1084
26	18	2024-10-01 03:27:00+00	726
26	19	2024-10-28 03:27:00+00	1234
26	20	2024-11-02 03:27:00+00	1230
26	22	2025-06-30 04:57:00+00	605
26	25	2025-05-01 22:57:00+00	1615
\.


--
-- Data for Name: lessons; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.lessons (lesson_id, course_id, "position", title, duration_seconds) FROM stdin;
1	1	1	Part 1	1679
2	1	2	Part 2	303
3	1	3	Part 3	1445
4	1	4	Part 4	217
5	1	5	Part 5	1665
6	1	6	Part 6	821
7	1	7	Part 7	703
8	1	8	Part 8	597
9	2	1	Part 1	1656
10	2	2	Part 2	520
11	2	3	Part 3	1731
12	3	1	Part 1	733
13	3	2	Part 2	440
14	3	3	Part 3	1036
15	3	4	Part 4	1355
16	3	5	Part 5	1694
17	3	6	Part 6	637
18	4	1	Part 1	1368
19	4	2	Part 2	1166
20	4	3	Part 3	885
21	4	4	Part 4	920
22	5	1	Part 1	1020
23	5	2	Part 2	1117
24	5	3	Part 3	1602
25	5	4	Part 4	1385
26	6	1	Part 1	1688
27	6	2	Part 2	1114
28	6	3	Part 3	1702
29	6	4	Part 4	1192
30	6	5	Part 5	1384
31	6	6	Part 6	1351
32	6	7	Part 7	772
33	7	1	Part 1	1248
34	7	2	Part 2	1528
35	7	3	Part 3	1338
36	8	1	Part 1	474
37	8	2	Part 2	1568
38	8	3	Part 3	456
39	8	4	Part 4	465
40	8	5	Part 5	1723
41	8	6	Part 6	632
42	8	7	Part 7	371
43	8	8	Part 8	180
44	9	1	Part 1	967
45	9	2	Part 2	849
46	9	3	Part 3	300
47	10	1	Part 1	939
48	10	2	Part 2	227
49	10	3	Part 3	1798
50	10	4	Part 4	650
51	10	5	Part 5	337
52	10	6	Part 6	1306
53	11	1	Part 1	835
54	11	2	Part 2	422
55	11	3	Part 3	1072
56	11	4	Part 4	502
57	11	5	Part 5	414
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: learn; Owner: postgres
--

COPY learn.reviews (review_id, enrollment_id, rating, body, created_at) FROM stdin;
1	1	4	Clear and practical	2025-03-18 05:23:00+00
2	5	1	Great course	2024-08-22 23:39:00+00
3	6	5	Not for me	2024-05-27 15:07:00+00
4	7	1	Clear and practical	2024-06-16 10:29:00+00
5	8	4	\N	2024-12-28 18:19:00+00
6	9	4	Not for me	2024-07-24 18:47:00+00
7	17	3	Clear and practical	2024-08-05 23:46:00+00
8	19	2	\N	2024-05-31 16:56:00+00
9	22	4	Too fast	2025-10-01 19:13:00+00
10	29	1	Not for me	2025-09-01 19:09:00+00
11	31	5	Great course	2024-12-13 00:18:00+00
12	32	1	Too fast	2025-12-06 04:39:00+00
13	33	2	Not for me	2024-07-19 03:42:00+00
14	35	5	\N	2025-10-21 01:38:00+00
15	36	3	\N	2025-11-25 14:06:00+00
16	37	4	Clear and practical	2025-08-20 00:17:00+00
17	38	2	Too fast	2025-12-23 06:28:00+00
18	40	5	Not for me	2025-09-11 11:33:00+00
19	45	4	Too fast	2025-07-30 21:28:00+00
20	50	2	Too fast	2024-07-09 11:00:00+00
21	53	3	\N	2025-05-29 07:41:00+00
22	58	5	Too fast	2024-12-01 04:09:00+00
23	60	5	Not for me	2025-07-17 22:23:00+00
24	61	5	Too fast	2025-12-28 20:41:00+00
25	62	3	Clear and practical	2025-10-04 11:11:00+00
26	63	1	\N	2024-08-20 17:27:00+00
27	65	4	Clear and practical	2025-03-12 07:06:00+00
\.


--
-- Name: courses_course_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.courses_course_id_seq', 11, true);


--
-- Name: enrollments_enrollment_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.enrollments_enrollment_id_seq', 70, true);


--
-- Name: instructors_instructor_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.instructors_instructor_id_seq', 6, true);


--
-- Name: learners_learner_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.learners_learner_id_seq', 30, true);


--
-- Name: lessons_lesson_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.lessons_lesson_id_seq', 57, true);


--
-- Name: reviews_review_id_seq; Type: SEQUENCE SET; Schema: learn; Owner: postgres
--

SELECT pg_catalog.setval('learn.reviews_review_id_seq', 27, true);


--
-- Name: courses courses_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.courses
    ADD CONSTRAINT courses_pkey PRIMARY KEY (course_id);


--
-- Name: enrollments enrollments_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.enrollments
    ADD CONSTRAINT enrollments_pkey PRIMARY KEY (enrollment_id);


--
-- Name: instructors instructors_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.instructors
    ADD CONSTRAINT instructors_pkey PRIMARY KEY (instructor_id);


--
-- Name: learners learners_email_key; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.learners
    ADD CONSTRAINT learners_email_key UNIQUE (email);


--
-- Name: learners learners_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.learners
    ADD CONSTRAINT learners_pkey PRIMARY KEY (learner_id);


--
-- Name: lesson_views lesson_views_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lesson_views
    ADD CONSTRAINT lesson_views_pkey PRIMARY KEY (learner_id, lesson_id, viewed_at);


--
-- Name: lessons lessons_course_id_position_key; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lessons
    ADD CONSTRAINT lessons_course_id_position_key UNIQUE (course_id, "position");


--
-- Name: lessons lessons_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lessons
    ADD CONSTRAINT lessons_pkey PRIMARY KEY (lesson_id);


--
-- Name: reviews reviews_enrollment_id_key; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.reviews
    ADD CONSTRAINT reviews_enrollment_id_key UNIQUE (enrollment_id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (review_id);


--
-- Name: courses courses_instructor_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.courses
    ADD CONSTRAINT courses_instructor_id_fkey FOREIGN KEY (instructor_id) REFERENCES learn.instructors(instructor_id);


--
-- Name: enrollments enrollments_course_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.enrollments
    ADD CONSTRAINT enrollments_course_id_fkey FOREIGN KEY (course_id) REFERENCES learn.courses(course_id);


--
-- Name: enrollments enrollments_learner_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.enrollments
    ADD CONSTRAINT enrollments_learner_id_fkey FOREIGN KEY (learner_id) REFERENCES learn.learners(learner_id);


--
-- Name: lesson_views lesson_views_learner_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lesson_views
    ADD CONSTRAINT lesson_views_learner_id_fkey FOREIGN KEY (learner_id) REFERENCES learn.learners(learner_id);


--
-- Name: lesson_views lesson_views_lesson_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lesson_views
    ADD CONSTRAINT lesson_views_lesson_id_fkey FOREIGN KEY (lesson_id) REFERENCES learn.lessons(lesson_id);


--
-- Name: lessons lessons_course_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.lessons
    ADD CONSTRAINT lessons_course_id_fkey FOREIGN KEY (course_id) REFERENCES learn.courses(course_id);


--
-- Name: reviews reviews_enrollment_id_fkey; Type: FK CONSTRAINT; Schema: learn; Owner: postgres
--

ALTER TABLE ONLY learn.reviews
    ADD CONSTRAINT reviews_enrollment_id_fkey FOREIGN KEY (enrollment_id) REFERENCES learn.enrollments(enrollment_id);


--
-- PostgreSQL database dump complete
--

\unrestrict idPVv5wjSqLDFHak6s3A11Wdkin0aKOOEtiVhFQu844P0vUCYsX8AnrVdbizaQ1

