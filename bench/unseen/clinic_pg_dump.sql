--
-- PostgreSQL database dump
--

\restrict LN9xdKBIbBVJO41yYEvefAojeKS5BU1S18vdxevuEh2psgDLgwFZSMDH6hzXlHM

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
-- Name: clinic; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA clinic;


ALTER SCHEMA clinic OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: appointments; Type: TABLE; Schema: clinic; Owner: postgres
--

CREATE TABLE clinic.appointments (
    appointment_id integer NOT NULL,
    patient_id integer NOT NULL,
    doctor_id integer NOT NULL,
    scheduled_at timestamp without time zone NOT NULL,
    started_at timestamp without time zone,
    ended_at timestamp without time zone,
    status text NOT NULL,
    CONSTRAINT appointments_status_check CHECK ((status = ANY (ARRAY['completed'::text, 'cancelled'::text, 'no_show'::text])))
);


ALTER TABLE clinic.appointments OWNER TO postgres;

--
-- Name: COLUMN appointments.started_at; Type: COMMENT; Schema: clinic; Owner: postgres
--

COMMENT ON COLUMN clinic.appointments.started_at IS 'null unless completed';


--
-- Name: appointments_appointment_id_seq; Type: SEQUENCE; Schema: clinic; Owner: postgres
--

CREATE SEQUENCE clinic.appointments_appointment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE clinic.appointments_appointment_id_seq OWNER TO postgres;

--
-- Name: appointments_appointment_id_seq; Type: SEQUENCE OWNED BY; Schema: clinic; Owner: postgres
--

ALTER SEQUENCE clinic.appointments_appointment_id_seq OWNED BY clinic.appointments.appointment_id;


--
-- Name: doctors; Type: TABLE; Schema: clinic; Owner: postgres
--

CREATE TABLE clinic.doctors (
    doctor_id integer NOT NULL,
    full_name text NOT NULL,
    specialty text NOT NULL,
    hired_on date NOT NULL
);


ALTER TABLE clinic.doctors OWNER TO postgres;

--
-- Name: COLUMN doctors.specialty; Type: COMMENT; Schema: clinic; Owner: postgres
--

COMMENT ON COLUMN clinic.doctors.specialty IS 'e.g. cardiology, dermatology, pediatrics';


--
-- Name: doctors_doctor_id_seq; Type: SEQUENCE; Schema: clinic; Owner: postgres
--

CREATE SEQUENCE clinic.doctors_doctor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE clinic.doctors_doctor_id_seq OWNER TO postgres;

--
-- Name: doctors_doctor_id_seq; Type: SEQUENCE OWNED BY; Schema: clinic; Owner: postgres
--

ALTER SEQUENCE clinic.doctors_doctor_id_seq OWNED BY clinic.doctors.doctor_id;


--
-- Name: invoices; Type: TABLE; Schema: clinic; Owner: postgres
--

CREATE TABLE clinic.invoices (
    invoice_id integer NOT NULL,
    appointment_id integer NOT NULL,
    amount numeric(8,2) NOT NULL,
    issued_on date NOT NULL,
    paid_on date
);


ALTER TABLE clinic.invoices OWNER TO postgres;

--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE; Schema: clinic; Owner: postgres
--

CREATE SEQUENCE clinic.invoices_invoice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE clinic.invoices_invoice_id_seq OWNER TO postgres;

--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE OWNED BY; Schema: clinic; Owner: postgres
--

ALTER SEQUENCE clinic.invoices_invoice_id_seq OWNED BY clinic.invoices.invoice_id;


--
-- Name: patients; Type: TABLE; Schema: clinic; Owner: postgres
--

CREATE TABLE clinic.patients (
    patient_id integer NOT NULL,
    full_name text NOT NULL,
    birth_date date NOT NULL,
    city text
);


ALTER TABLE clinic.patients OWNER TO postgres;

--
-- Name: patients_patient_id_seq; Type: SEQUENCE; Schema: clinic; Owner: postgres
--

CREATE SEQUENCE clinic.patients_patient_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE clinic.patients_patient_id_seq OWNER TO postgres;

--
-- Name: patients_patient_id_seq; Type: SEQUENCE OWNED BY; Schema: clinic; Owner: postgres
--

ALTER SEQUENCE clinic.patients_patient_id_seq OWNED BY clinic.patients.patient_id;


--
-- Name: appointments appointment_id; Type: DEFAULT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.appointments ALTER COLUMN appointment_id SET DEFAULT nextval('clinic.appointments_appointment_id_seq'::regclass);


--
-- Name: doctors doctor_id; Type: DEFAULT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.doctors ALTER COLUMN doctor_id SET DEFAULT nextval('clinic.doctors_doctor_id_seq'::regclass);


--
-- Name: invoices invoice_id; Type: DEFAULT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.invoices ALTER COLUMN invoice_id SET DEFAULT nextval('clinic.invoices_invoice_id_seq'::regclass);


--
-- Name: patients patient_id; Type: DEFAULT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.patients ALTER COLUMN patient_id SET DEFAULT nextval('clinic.patients_patient_id_seq'::regclass);


--
-- Data for Name: appointments; Type: TABLE DATA; Schema: clinic; Owner: postgres
--

COPY clinic.appointments (appointment_id, patient_id, doctor_id, scheduled_at, started_at, ended_at, status) FROM stdin;
1	4	3	2024-03-21 16:00:00	\N	\N	no_show
2	4	1	2024-04-02 14:30:00	\N	\N	cancelled
3	11	5	2024-01-19 15:00:00	2024-01-19 15:05:00	2024-01-19 15:20:00	completed
4	7	3	2024-01-13 10:00:00	\N	\N	cancelled
5	4	2	2024-10-12 14:00:00	2024-10-12 14:05:00	2024-10-12 14:20:00	completed
6	11	5	2024-06-08 10:30:00	\N	\N	cancelled
7	7	3	2024-02-08 15:00:00	2024-02-08 15:25:00	2024-02-08 16:10:00	completed
8	6	4	2025-01-05 10:00:00	2025-01-05 10:00:00	2025-01-05 10:50:00	completed
9	1	5	2024-12-08 09:00:00	2024-12-08 09:08:00	2024-12-08 10:23:00	completed
10	1	4	2024-07-30 16:30:00	\N	\N	cancelled
11	13	1	2024-08-26 09:00:00	2024-08-26 09:08:00	2024-08-26 10:08:00	completed
12	12	1	2024-12-20 14:00:00	2024-12-20 14:08:00	2024-12-20 14:53:00	completed
13	1	1	2025-01-05 11:30:00	2025-01-05 11:42:00	2025-01-05 12:02:00	completed
14	5	5	2024-06-18 10:00:00	2024-06-18 10:00:00	2024-06-18 11:00:00	completed
15	12	1	2024-05-10 08:30:00	\N	\N	no_show
16	13	1	2024-10-23 10:00:00	2024-10-23 10:12:00	2024-10-23 10:32:00	completed
17	12	4	2024-09-29 10:30:00	\N	\N	no_show
18	11	5	2024-07-20 16:30:00	\N	\N	cancelled
19	14	3	2024-06-29 15:00:00	\N	\N	cancelled
20	14	1	2024-02-04 10:00:00	2024-02-04 10:20:00	2024-02-04 11:35:00	completed
21	4	2	2024-07-09 16:30:00	\N	\N	cancelled
22	9	5	2025-01-22 16:00:00	\N	\N	cancelled
23	11	3	2024-11-23 09:00:00	2024-11-23 09:03:00	2024-11-23 09:28:00	completed
24	2	1	2024-08-24 14:30:00	\N	\N	cancelled
25	14	4	2024-02-08 10:00:00	2024-02-08 10:00:00	2024-02-08 10:45:00	completed
26	6	1	2024-07-16 15:30:00	2024-07-16 15:33:00	2024-07-16 15:48:00	completed
27	13	5	2024-07-06 10:00:00	2024-07-06 10:05:00	2024-07-06 10:25:00	completed
28	2	5	2024-03-06 10:00:00	2024-03-06 10:08:00	2024-03-06 10:23:00	completed
29	11	5	2024-11-11 11:30:00	2024-11-11 11:30:00	2024-11-11 12:15:00	completed
30	14	4	2024-12-15 16:00:00	2024-12-15 16:05:00	2024-12-15 17:05:00	completed
31	5	3	2024-07-20 09:00:00	2024-07-20 09:08:00	2024-07-20 09:28:00	completed
32	13	5	2024-05-26 11:30:00	2024-05-26 11:38:00	2024-05-26 12:28:00	completed
33	8	4	2024-04-11 09:30:00	2024-04-11 09:33:00	2024-04-11 09:48:00	completed
34	7	5	2024-06-21 08:00:00	2024-06-21 08:12:00	2024-06-21 09:12:00	completed
35	11	1	2025-02-02 16:00:00	2025-02-02 16:12:00	2025-02-02 17:27:00	completed
36	10	3	2024-07-13 14:30:00	\N	\N	cancelled
37	3	3	2024-06-20 11:00:00	2024-06-20 11:03:00	2024-06-20 11:28:00	completed
38	2	1	2024-09-15 11:00:00	2024-09-15 11:00:00	2024-09-15 11:15:00	completed
39	8	5	2024-07-24 14:00:00	2024-07-24 14:40:00	2024-07-24 15:00:00	completed
40	7	1	2024-12-23 10:00:00	2024-12-23 10:25:00	2024-12-23 11:15:00	completed
\.


--
-- Data for Name: doctors; Type: TABLE DATA; Schema: clinic; Owner: postgres
--

COPY clinic.doctors (doctor_id, full_name, specialty, hired_on) FROM stdin;
1	Dr. Amara Okafor	cardiology	2012-03-01
2	Dr. Lukas Brenner	dermatology	2016-09-15
3	Dr. Mei Tanaka	pediatrics	2009-01-10
4	Dr. Sofia Ruiz	cardiology	2019-06-03
5	Dr. Omar Haddad	general practice	2014-11-20
\.


--
-- Data for Name: invoices; Type: TABLE DATA; Schema: clinic; Owner: postgres
--

COPY clinic.invoices (invoice_id, appointment_id, amount, issued_on, paid_on) FROM stdin;
1	3	150.00	2024-01-20	2024-02-10
2	5	150.00	2024-10-12	2024-11-12
3	7	150.00	2024-02-09	2024-03-25
4	8	60.00	2025-01-05	2025-02-03
5	9	210.00	2024-12-09	2024-12-18
6	11	120.00	2024-08-28	2024-08-30
7	12	60.00	2024-12-22	2025-02-20
8	13	60.00	2025-01-05	2025-01-26
9	14	210.00	2024-06-19	2024-08-18
10	16	60.00	2024-10-25	2024-11-25
11	20	95.50	2024-02-06	2024-03-08
12	23	120.00	2024-11-23	2024-11-25
13	25	85.00	2024-02-10	2024-04-10
14	26	120.00	2024-07-18	2024-08-18
15	27	85.00	2024-07-07	2024-09-05
16	28	60.00	2024-03-06	\N
17	29	95.50	2024-11-11	2025-01-10
18	30	60.00	2024-12-15	\N
19	31	95.50	2024-07-21	2024-09-04
20	32	60.00	2024-05-28	2024-07-12
21	33	95.50	2024-04-12	2024-04-26
22	34	120.00	2024-06-23	2024-08-22
23	35	95.50	2025-02-04	2025-04-05
24	37	120.00	2024-06-21	2024-08-05
25	38	60.00	2024-09-15	2024-09-29
26	39	60.00	2024-07-24	2024-08-07
27	40	150.00	2024-12-25	2025-01-15
\.


--
-- Data for Name: patients; Type: TABLE DATA; Schema: clinic; Owner: postgres
--

COPY clinic.patients (patient_id, full_name, birth_date, city) FROM stdin;
1	Ana Silva	2003-02-13	Porto
2	Ben Novak	1971-04-05	Lyon
3	Chloe Dubois	1988-04-19	Graz
4	Dev Patel	1948-07-22	Porto
5	Ella Berg	2016-07-07	Leeds
6	Farid Khan	2016-02-16	Leeds
7	Gita Rao	1971-02-20	Graz
8	Hugo Meyer	1980-04-17	Porto
9	Iris Costa	2016-05-04	Porto
10	Jonas Lind	1980-11-20	Lyon
11	Kira Ito	1994-05-21	Lyon
12	Liam Walsh	1955-02-24	Porto
13	Maya Ortiz	1948-09-09	Lyon
14	Noah Ahn	2003-06-21	Leeds
\.


--
-- Name: appointments_appointment_id_seq; Type: SEQUENCE SET; Schema: clinic; Owner: postgres
--

SELECT pg_catalog.setval('clinic.appointments_appointment_id_seq', 40, true);


--
-- Name: doctors_doctor_id_seq; Type: SEQUENCE SET; Schema: clinic; Owner: postgres
--

SELECT pg_catalog.setval('clinic.doctors_doctor_id_seq', 5, true);


--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE SET; Schema: clinic; Owner: postgres
--

SELECT pg_catalog.setval('clinic.invoices_invoice_id_seq', 27, true);


--
-- Name: patients_patient_id_seq; Type: SEQUENCE SET; Schema: clinic; Owner: postgres
--

SELECT pg_catalog.setval('clinic.patients_patient_id_seq', 14, true);


--
-- Name: appointments appointments_pkey; Type: CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.appointments
    ADD CONSTRAINT appointments_pkey PRIMARY KEY (appointment_id);


--
-- Name: doctors doctors_pkey; Type: CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.doctors
    ADD CONSTRAINT doctors_pkey PRIMARY KEY (doctor_id);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (invoice_id);


--
-- Name: patients patients_pkey; Type: CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.patients
    ADD CONSTRAINT patients_pkey PRIMARY KEY (patient_id);


--
-- Name: appointments appointments_doctor_id_fkey; Type: FK CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.appointments
    ADD CONSTRAINT appointments_doctor_id_fkey FOREIGN KEY (doctor_id) REFERENCES clinic.doctors(doctor_id);


--
-- Name: appointments appointments_patient_id_fkey; Type: FK CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.appointments
    ADD CONSTRAINT appointments_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES clinic.patients(patient_id);


--
-- Name: invoices invoices_appointment_id_fkey; Type: FK CONSTRAINT; Schema: clinic; Owner: postgres
--

ALTER TABLE ONLY clinic.invoices
    ADD CONSTRAINT invoices_appointment_id_fkey FOREIGN KEY (appointment_id) REFERENCES clinic.appointments(appointment_id);


--
-- PostgreSQL database dump complete
--

\unrestrict LN9xdKBIbBVJO41yYEvefAojeKS5BU1S18vdxevuEh2psgDLgwFZSMDH6hzXlHM

