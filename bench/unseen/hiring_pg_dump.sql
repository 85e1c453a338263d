--
-- PostgreSQL database dump
--

\restrict YgjMtbFfYgwJUOovbfY7j9jt3pSdMpOgn2Wur9aBAw90jUklBDE4XawrCi6WW84

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
-- Name: hiring; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA hiring;


ALTER SCHEMA hiring OWNER TO postgres;

--
-- Name: stage; Type: TYPE; Schema: hiring; Owner: postgres
--

CREATE TYPE hiring.stage AS ENUM (
    'applied',
    'screen',
    'interview',
    'offer',
    'hired',
    'rejected'
);


ALTER TYPE hiring.stage OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: applications; Type: TABLE; Schema: hiring; Owner: postgres
--

CREATE TABLE hiring.applications (
    application_id integer NOT NULL,
    job_id integer NOT NULL,
    candidate_id integer NOT NULL,
    applied_at timestamp with time zone NOT NULL,
    stage hiring.stage DEFAULT 'applied'::hiring.stage NOT NULL
);


ALTER TABLE hiring.applications OWNER TO postgres;

--
-- Name: candidates; Type: TABLE; Schema: hiring; Owner: postgres
--

CREATE TABLE hiring.candidates (
    candidate_id integer NOT NULL,
    full_name text NOT NULL,
    city text,
    years_experience integer,
    source text
);


ALTER TABLE hiring.candidates OWNER TO postgres;

--
-- Name: COLUMN candidates.source; Type: COMMENT; Schema: hiring; Owner: postgres
--

COMMENT ON COLUMN hiring.candidates.source IS 'where the candidate heard of us: referral, job board, linkedin, career fair';


--
-- Name: departments; Type: TABLE; Schema: hiring; Owner: postgres
--

CREATE TABLE hiring.departments (
    department_id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE hiring.departments OWNER TO postgres;

--
-- Name: interviews; Type: TABLE; Schema: hiring; Owner: postgres
--

CREATE TABLE hiring.interviews (
    interview_id integer NOT NULL,
    application_id integer NOT NULL,
    interviewer text NOT NULL,
    started_at timestamp without time zone NOT NULL,
    ended_at timestamp without time zone,
    score integer,
    CONSTRAINT interviews_score_check CHECK (((score >= 1) AND (score <= 5)))
);


ALTER TABLE hiring.interviews OWNER TO postgres;

--
-- Name: jobs; Type: TABLE; Schema: hiring; Owner: postgres
--

CREATE TABLE hiring.jobs (
    job_id integer NOT NULL,
    department_id integer NOT NULL,
    title text NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    salary_min numeric(10,2),
    salary_max numeric(10,2),
    remote boolean DEFAULT false NOT NULL
);


ALTER TABLE hiring.jobs OWNER TO postgres;

--
-- Data for Name: applications; Type: TABLE DATA; Schema: hiring; Owner: postgres
--

COPY hiring.applications (application_id, job_id, candidate_id, applied_at, stage) FROM stdin;
1	1	1	2024-11-03 09:12:00+00	interview
2	2	2	2024-10-20 14:30:00+00	hired
3	1	3	2024-11-05 08:00:00+00	rejected
4	4	4	2024-09-10 11:45:00+00	rejected
5	3	5	2024-12-03 16:20:00+00	offer
6	6	6	2024-11-25 10:05:00+00	hired
7	4	7	2024-09-15 13:00:00+00	hired
8	5	4	2025-01-08 09:30:00+00	screen
9	3	6	2024-12-10 12:00:00+00	rejected
10	5	7	2025-01-20 15:10:00+00	applied
11	1	5	2025-01-02 17:40:00+00	screen
12	6	3	2024-11-28 09:00:00+00	rejected
\.


--
-- Data for Name: candidates; Type: TABLE DATA; Schema: hiring; Owner: postgres
--

COPY hiring.candidates (candidate_id, full_name, city, years_experience, source) FROM stdin;
1	Nora Lindqvist	Stockholm	7	referral
2	Omar Haddad	Berlin	3	linkedin
3	Priya Menon	London	9	job board
4	Tomás Ruiz	Madrid	1	career fair
5	Hana Sato	Berlin	6	linkedin
6	Kofi Mensah	London	12	referral
7	Ines Duarte	Lisbon	4	job board
8	Yuki Tanaka	Stockholm	8	linkedin
\.


--
-- Data for Name: departments; Type: TABLE DATA; Schema: hiring; Owner: postgres
--

COPY hiring.departments (department_id, name) FROM stdin;
1	Engineering
2	Sales
3	Finance
\.


--
-- Data for Name: interviews; Type: TABLE DATA; Schema: hiring; Owner: postgres
--

COPY hiring.interviews (interview_id, application_id, interviewer, started_at, ended_at, score) FROM stdin;
1	1	Alice Grant	2024-11-12 10:00:00	2024-11-12 10:45:00	4
2	2	Alice Grant	2024-10-28 14:00:00	2024-10-28 15:00:00	5
3	3	Ben Cole	2024-11-13 09:00:00	2024-11-13 09:30:00	2
4	5	Ben Cole	2024-12-09 11:00:00	2024-12-09 12:15:00	5
5	6	Carla Vaz	2024-12-02 13:00:00	2024-12-02 13:50:00	4
6	7	Dan Moss	2024-09-20 10:30:00	2024-09-20 11:00:00	4
7	9	Ben Cole	2024-12-16 15:00:00	2024-12-16 15:40:00	3
8	12	Carla Vaz	2024-12-05 09:00:00	2024-12-05 09:20:00	2
\.


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: hiring; Owner: postgres
--

COPY hiring.jobs (job_id, department_id, title, opened_on, closed_on, salary_min, salary_max, remote) FROM stdin;
1	1	Backend Engineer	2024-11-01	\N	60000.00	85000.00	t
2	1	Data Engineer	2024-10-15	2024-11-10	65000.00	90000.00	f
3	1	Site Reliability Engineer	2024-12-01	\N	70000.00	98000.00	t
4	2	Account Executive	2024-09-01	2024-12-20	40000.00	55000.00	f
5	2	Sales Development Rep	2025-01-05	\N	32000.00	40000.00	f
6	3	Financial Analyst	2024-11-20	2024-12-15	50000.00	68000.00	t
\.


--
-- Name: applications applications_pkey; Type: CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.applications
    ADD CONSTRAINT applications_pkey PRIMARY KEY (application_id);


--
-- Name: candidates candidates_pkey; Type: CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.candidates
    ADD CONSTRAINT candidates_pkey PRIMARY KEY (candidate_id);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (department_id);


--
-- Name: interviews interviews_pkey; Type: CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.interviews
    ADD CONSTRAINT interviews_pkey PRIMARY KEY (interview_id);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (job_id);


--
-- Name: applications applications_candidate_id_fkey; Type: FK CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.applications
    ADD CONSTRAINT applications_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES hiring.candidates(candidate_id);


--
-- Name: applications applications_job_id_fkey; Type: FK CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.applications
    ADD CONSTRAINT applications_job_id_fkey FOREIGN KEY (job_id) REFERENCES hiring.jobs(job_id);


--
-- Name: interviews interviews_application_id_fkey; Type: FK CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.interviews
    ADD CONSTRAINT interviews_application_id_fkey FOREIGN KEY (application_id) REFERENCES hiring.applications(application_id);


--
-- Name: jobs jobs_department_id_fkey; Type: FK CONSTRAINT; Schema: hiring; Owner: postgres
--

ALTER TABLE ONLY hiring.jobs
    ADD CONSTRAINT jobs_department_id_fkey FOREIGN KEY (department_id) REFERENCES hiring.departments(department_id);


--
-- PostgreSQL database dump complete
--

\unrestrict YgjMtbFfYgwJUOovbfY7j9jt3pSdMpOgn2Wur9aBAw90jUklBDE4XawrCi6WW84

