--
-- PostgreSQL database dump
--

\restrict 7JCD1MKW53dcMZoaEIhbV2ZBs8hD7kb8YjaPW9JBFEHg6UrE4zeFgcUqgjsdkiw

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
-- Name: utility; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA utility;


ALTER SCHEMA utility OWNER TO postgres;

--
-- Name: tariff_kind; Type: TYPE; Schema: utility; Owner: postgres
--

CREATE TYPE utility.tariff_kind AS ENUM (
    'fixed',
    'variable',
    'green'
);


ALTER TYPE utility.tariff_kind OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.customers (
    customer_id integer NOT NULL,
    full_name text NOT NULL,
    email text NOT NULL,
    city text NOT NULL,
    joined_on date NOT NULL
);


ALTER TABLE utility.customers OWNER TO postgres;

--
-- Name: customers_customer_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.customers_customer_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.customers_customer_id_seq OWNER TO postgres;

--
-- Name: customers_customer_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.customers_customer_id_seq OWNED BY utility.customers.customer_id;


--
-- Name: invoices; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.invoices (
    invoice_id integer NOT NULL,
    customer_id integer NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    amount_pence integer NOT NULL,
    issued_on date NOT NULL,
    paid_on date
);


ALTER TABLE utility.invoices OWNER TO postgres;

--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.invoices_invoice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.invoices_invoice_id_seq OWNER TO postgres;

--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.invoices_invoice_id_seq OWNED BY utility.invoices.invoice_id;


--
-- Name: meters; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.meters (
    meter_id integer NOT NULL,
    serial_number text NOT NULL,
    customer_id integer NOT NULL,
    tariff_id integer NOT NULL,
    installed_on date NOT NULL,
    is_smart boolean DEFAULT false NOT NULL
);


ALTER TABLE utility.meters OWNER TO postgres;

--
-- Name: meters_meter_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.meters_meter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.meters_meter_id_seq OWNER TO postgres;

--
-- Name: meters_meter_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.meters_meter_id_seq OWNED BY utility.meters.meter_id;


--
-- Name: outages; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.outages (
    outage_id integer NOT NULL,
    city text NOT NULL,
    started_at timestamp without time zone NOT NULL,
    ended_at timestamp without time zone,
    cause text NOT NULL
);


ALTER TABLE utility.outages OWNER TO postgres;

--
-- Name: outages_outage_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.outages_outage_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.outages_outage_id_seq OWNER TO postgres;

--
-- Name: outages_outage_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.outages_outage_id_seq OWNED BY utility.outages.outage_id;


--
-- Name: readings; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.readings (
    reading_id integer NOT NULL,
    meter_id integer NOT NULL,
    read_at timestamp with time zone NOT NULL,
    kwh_total numeric(10,1) NOT NULL,
    source text NOT NULL,
    CONSTRAINT readings_source_check CHECK ((source = ANY (ARRAY['smart'::text, 'customer'::text, 'engineer'::text])))
);


ALTER TABLE utility.readings OWNER TO postgres;

--
-- Name: COLUMN readings.kwh_total; Type: COMMENT; Schema: utility; Owner: postgres
--

COMMENT ON COLUMN utility.readings.kwh_total IS 'cumulative register value';


--
-- Name: readings_reading_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.readings_reading_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.readings_reading_id_seq OWNER TO postgres;

--
-- Name: readings_reading_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.readings_reading_id_seq OWNED BY utility.readings.reading_id;


--
-- Name: tariffs; Type: TABLE; Schema: utility; Owner: postgres
--

CREATE TABLE utility.tariffs (
    tariff_id integer NOT NULL,
    name text NOT NULL,
    kind utility.tariff_kind NOT NULL,
    unit_price_pence numeric(6,2) NOT NULL,
    standing_charge_pence numeric(6,2) NOT NULL
);


ALTER TABLE utility.tariffs OWNER TO postgres;

--
-- Name: COLUMN tariffs.unit_price_pence; Type: COMMENT; Schema: utility; Owner: postgres
--

COMMENT ON COLUMN utility.tariffs.unit_price_pence IS 'price per kWh in pence';


--
-- Name: COLUMN tariffs.standing_charge_pence; Type: COMMENT; Schema: utility; Owner: postgres
--

COMMENT ON COLUMN utility.tariffs.standing_charge_pence IS 'daily standing charge in pence';


--
-- Name: tariffs_tariff_id_seq; Type: SEQUENCE; Schema: utility; Owner: postgres
--

CREATE SEQUENCE utility.tariffs_tariff_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE utility.tariffs_tariff_id_seq OWNER TO postgres;

--
-- Name: tariffs_tariff_id_seq; Type: SEQUENCE OWNED BY; Schema: utility; Owner: postgres
--

ALTER SEQUENCE utility.tariffs_tariff_id_seq OWNED BY utility.tariffs.tariff_id;


--
-- Name: customers customer_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.customers ALTER COLUMN customer_id SET DEFAULT nextval('utility.customers_customer_id_seq'::regclass);


--
-- Name: invoices invoice_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.invoices ALTER COLUMN invoice_id SET DEFAULT nextval('utility.invoices_invoice_id_seq'::regclass);


--
-- Name: meters meter_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.meters ALTER COLUMN meter_id SET DEFAULT nextval('utility.meters_meter_id_seq'::regclass);


--
-- Name: outages outage_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.outages ALTER COLUMN outage_id SET DEFAULT nextval('utility.outages_outage_id_seq'::regclass);


--
-- Name: readings reading_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.readings ALTER COLUMN reading_id SET DEFAULT nextval('utility.readings_reading_id_seq'::regclass);


--
-- Name: tariffs tariff_id; Type: DEFAULT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.tariffs ALTER COLUMN tariff_id SET DEFAULT nextval('utility.tariffs_tariff_id_seq'::regclass);


--
-- Data for Name: customers; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.customers (customer_id, full_name, email, city, joined_on) FROM stdin;
1	Amelia Hart	amelia.hart@mail.test	Leeds	2022-10-26
2	Ben Okafor	ben.okafor@mail.test	Manchester	2021-11-05
3	Chloe Price	chloe.price@mail.test	Leeds	2023-03-20
4	Dan Whitfield	dan.whitfield@mail.test	York	2024-08-26
5	Esme Patel	esme.patel@mail.test	Manchester	2021-04-09
6	Frank Doyle	frank.doyle@mail.test	Sheffield	2021-05-29
7	Grace Lin	grace.lin@mail.test	Leeds	2024-01-03
8	Harry Quinn	harry.quinn@mail.test	York	2021-07-12
9	Isla Morgan	isla.morgan@mail.test	Sheffield	2023-01-19
10	Jack Reid	jack.reid@mail.test	Manchester	2024-04-08
11	Kiran Shah	kiran.shah@mail.test	Leeds	2021-04-29
12	Lucy Evans	lucy.evans@mail.test	York	2023-11-06
13	Mo Hassan	mo.hassan@mail.test	Sheffield	2022-03-16
14	Nina Kowal	nina.kowal@mail.test	Manchester	2021-03-18
\.


--
-- Data for Name: invoices; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.invoices (invoice_id, customer_id, period_start, period_end, amount_pence, issued_on, paid_on) FROM stdin;
1	1	2025-01-01	2025-01-31	18869	2025-02-01	2025-02-10
2	2	2025-01-01	2025-02-01	8234	2025-02-06	2025-02-25
3	3	2025-01-01	2025-01-31	12581	2025-02-01	\N
4	4	2025-01-01	2025-01-31	13994	2025-02-02	\N
5	5	2025-01-01	2025-02-01	12864	2025-02-05	2025-02-18
6	5	2025-02-02	2025-03-05	5210	2025-03-06	\N
7	6	2025-01-01	2025-01-31	20850	2025-02-06	2025-02-20
8	7	2025-01-01	2025-01-31	18161	2025-02-04	2025-03-19
9	7	2025-02-01	2025-03-04	16880	2025-03-09	\N
10	7	2025-03-05	2025-04-05	15229	2025-04-11	2025-04-27
11	7	2025-04-06	2025-05-06	17261	2025-05-12	2025-05-22
12	8	2025-01-01	2025-01-31	12375	2025-02-02	2025-03-16
13	8	2025-02-01	2025-03-04	16480	2025-03-06	2025-04-19
14	8	2025-03-05	2025-04-05	5482	2025-04-10	2025-04-30
15	9	2025-01-01	2025-01-31	12625	2025-02-02	2025-02-04
16	9	2025-02-01	2025-03-04	14601	2025-03-07	\N
17	9	2025-03-05	2025-04-04	14143	2025-04-05	\N
18	9	2025-04-05	2025-05-05	16505	2025-05-08	2025-05-31
19	10	2025-01-01	2025-02-01	12132	2025-02-04	2025-02-18
20	11	2025-01-01	2025-01-31	8714	2025-02-03	\N
21	12	2025-01-01	2025-01-31	11628	2025-02-04	2025-02-25
22	12	2025-02-01	2025-03-03	9087	2025-03-08	\N
23	12	2025-03-04	2025-04-04	8897	2025-04-07	2025-05-10
24	12	2025-04-05	2025-05-06	5434	2025-05-12	2025-05-23
25	13	2025-01-01	2025-01-31	4526	2025-02-05	2025-03-15
26	13	2025-02-01	2025-03-03	15819	2025-03-04	2025-03-14
27	13	2025-03-04	2025-04-03	5663	2025-04-07	\N
28	13	2025-04-04	2025-05-04	20033	2025-05-10	2025-05-27
29	14	2025-01-01	2025-01-31	20481	2025-02-04	2025-03-25
30	14	2025-02-01	2025-03-03	19527	2025-03-09	2025-04-27
31	14	2025-03-04	2025-04-04	11693	2025-04-05	\N
\.


--
-- Data for Name: meters; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.meters (meter_id, serial_number, customer_id, tariff_id, installed_on, is_smart) FROM stdin;
1	E65M538485	1	1	2020-09-12	t
2	E17M967017	2	5	2019-05-23	f
3	E90M757911	2	5	2018-09-11	f
4	E16M331821	3	1	2024-03-30	f
5	E47M539499	3	2	2024-01-24	t
6	E81M955770	4	2	2019-02-27	f
7	E57M202163	5	5	2018-09-15	f
8	E73M813451	6	5	2022-10-18	f
9	E84M575198	7	3	2021-05-12	t
10	E33M832948	7	2	2018-12-02	f
11	E53M864878	8	4	2021-03-25	f
12	E19M223800	8	5	2022-09-09	t
13	E29M612714	9	4	2018-06-10	f
14	E81M700861	10	3	2021-10-25	f
15	E84M935601	11	4	2018-10-09	f
16	E44M597128	11	1	2018-09-06	f
17	E92M706020	12	4	2021-03-11	f
18	E12M584122	13	3	2019-11-20	f
19	E17M328807	14	3	2019-06-14	f
20	E60M509940	14	4	2018-11-27	t
\.


--
-- Data for Name: outages; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.outages (outage_id, city, started_at, ended_at, cause) FROM stdin;
1	Sheffield	2025-02-24 07:15:00	2025-02-24 09:35:00	substation fault
2	York	2025-01-22 15:15:00	\N	storm
3	York	2025-02-22 02:15:00	2025-02-22 03:45:00	planned works
4	Sheffield	2025-05-28 04:15:00	2025-05-28 04:50:00	planned works
5	York	2025-01-28 22:00:00	2025-01-29 00:20:00	planned works
6	Leeds	2025-05-01 14:45:00	2025-05-01 15:20:00	cable fault
7	Leeds	2025-03-23 02:30:00	\N	planned works
8	York	2025-04-30 02:15:00	2025-04-30 04:35:00	substation fault
9	Manchester	2025-02-25 06:30:00	2025-02-25 07:05:00	planned works
10	Leeds	2025-04-05 04:00:00	2025-04-05 09:00:00	planned works
11	Sheffield	2025-01-31 22:30:00	2025-02-01 00:50:00	substation fault
\.


--
-- Data for Name: readings; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.readings (reading_id, meter_id, read_at, kwh_total, source) FROM stdin;
1	1	2025-01-04 06:00:00+00	10104.0	customer
2	1	2025-02-04 16:00:00+00	10977.8	customer
3	1	2025-03-01 18:00:00+00	11281.8	smart
4	1	2025-04-06 03:00:00+00	11669.8	smart
5	1	2025-04-30 09:00:00+00	12107.8	smart
6	2	2025-01-15 18:00:00+00	22461.0	customer
7	2	2025-02-17 00:00:00+00	23307.8	customer
8	5	2025-01-03 16:00:00+00	6318.0	smart
9	5	2025-02-10 18:00:00+00	6572.0	smart
10	5	2025-03-04 21:00:00+00	7094.0	smart
11	5	2025-04-05 06:00:00+00	7396.5	smart
12	6	2025-01-03 03:00:00+00	11218.0	customer
13	6	2025-02-07 05:00:00+00	11718.5	engineer
14	6	2025-03-15 10:00:00+00	11891.8	customer
15	7	2025-01-03 06:00:00+00	22067.0	engineer
16	7	2025-02-03 09:00:00+00	22592.3	engineer
17	7	2025-03-15 12:00:00+00	23296.8	engineer
18	7	2025-04-16 15:00:00+00	23646.1	customer
19	8	2025-01-07 07:00:00+00	26890.0	customer
20	8	2025-02-10 12:00:00+00	27238.5	customer
21	8	2025-03-05 15:00:00+00	27470.8	customer
22	8	2025-03-31 22:00:00+00	27822.3	engineer
23	8	2025-05-06 08:00:00+00	28596.3	customer
24	9	2025-01-16 12:00:00+00	26634.0	smart
25	9	2025-03-02 22:00:00+00	26966.8	smart
26	9	2025-04-06 04:00:00+00	27856.6	smart
27	11	2025-01-15 07:00:00+00	16248.0	engineer
28	11	2025-02-25 12:00:00+00	17008.8	customer
29	11	2025-03-17 12:00:00+00	17720.1	engineer
30	12	2025-01-05 11:00:00+00	29565.0	smart
31	12	2025-02-10 14:00:00+00	29932.5	smart
32	12	2025-03-19 20:00:00+00	30416.0	customer
33	13	2025-01-10 07:00:00+00	17933.0	customer
34	13	2025-02-15 15:00:00+00	18627.3	customer
35	13	2025-03-26 15:00:00+00	19227.6	customer
36	13	2025-05-01 00:00:00+00	19553.9	engineer
37	13	2025-05-31 10:00:00+00	19826.9	engineer
38	13	2025-07-15 11:00:00+00	20520.7	engineer
39	16	2025-01-17 13:00:00+00	1913.0	customer
40	16	2025-02-28 17:00:00+00	2396.3	customer
41	17	2025-01-06 20:00:00+00	29722.0	customer
42	17	2025-02-08 21:00:00+00	30330.3	customer
43	17	2025-03-03 07:00:00+00	30932.8	customer
44	17	2025-03-29 17:00:00+00	31520.8	customer
45	17	2025-05-11 03:00:00+00	31796.1	engineer
46	17	2025-06-08 05:00:00+00	32320.4	customer
47	18	2025-01-06 02:00:00+00	22883.0	engineer
48	18	2025-02-05 08:00:00+00	23474.8	customer
49	18	2025-02-27 13:00:00+00	23990.3	customer
50	19	2025-01-14 15:00:00+00	17955.0	engineer
51	19	2025-02-28 18:00:00+00	18170.0	customer
52	19	2025-03-28 18:00:00+00	18406.5	customer
53	19	2025-05-01 04:00:00+00	18832.8	customer
54	20	2025-01-08 07:00:00+00	23951.0	smart
55	20	2025-02-10 08:00:00+00	24805.3	smart
\.


--
-- Data for Name: tariffs; Type: TABLE DATA; Schema: utility; Owner: postgres
--

COPY utility.tariffs (tariff_id, name, kind, unit_price_pence, standing_charge_pence) FROM stdin;
1	Fixed 12	fixed	24.50	46.36
2	Fixed 24	fixed	23.10	48.00
3	Tracker	variable	21.75	50.12
4	Flex	variable	26.40	45.00
5	Green Saver	green	25.20	47.50
6	Green Plus	green	27.90	44.80
\.


--
-- Name: customers_customer_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.customers_customer_id_seq', 14, true);


--
-- Name: invoices_invoice_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.invoices_invoice_id_seq', 31, true);


--
-- Name: meters_meter_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.meters_meter_id_seq', 20, true);


--
-- Name: outages_outage_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.outages_outage_id_seq', 11, true);


--
-- Name: readings_reading_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.readings_reading_id_seq', 55, true);


--
-- Name: tariffs_tariff_id_seq; Type: SEQUENCE SET; Schema: utility; Owner: postgres
--

SELECT pg_catalog.setval('utility.tariffs_tariff_id_seq', 6, true);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (customer_id);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (invoice_id);


--
-- Name: meters meters_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.meters
    ADD CONSTRAINT meters_pkey PRIMARY KEY (meter_id);


--
-- Name: meters meters_serial_number_key; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.meters
    ADD CONSTRAINT meters_serial_number_key UNIQUE (serial_number);


--
-- Name: outages outages_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.outages
    ADD CONSTRAINT outages_pkey PRIMARY KEY (outage_id);


--
-- Name: readings readings_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.readings
    ADD CONSTRAINT readings_pkey PRIMARY KEY (reading_id);


--
-- Name: tariffs tariffs_name_key; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.tariffs
    ADD CONSTRAINT tariffs_name_key UNIQUE (name);


--
-- Name: tariffs tariffs_pkey; Type: CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.tariffs
    ADD CONSTRAINT tariffs_pkey PRIMARY KEY (tariff_id);


--
-- Name: invoices invoices_customer_id_fkey; Type: FK CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.invoices
    ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES utility.customers(customer_id);


--
-- Name: meters meters_customer_id_fkey; Type: FK CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.meters
    ADD CONSTRAINT meters_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES utility.customers(customer_id);


--
-- Name: meters meters_tariff_id_fkey; Type: FK CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.meters
    ADD CONSTRAINT meters_tariff_id_fkey FOREIGN KEY (tariff_id) REFERENCES utility.tariffs(tariff_id);


--
-- Name: readings readings_meter_id_fkey; Type: FK CONSTRAINT; Schema: utility; Owner: postgres
--

ALTER TABLE ONLY utility.readings
    ADD CONSTRAINT readings_meter_id_fkey FOREIGN KEY (meter_id) REFERENCES utility.meters(meter_id);


--
-- PostgreSQL database dump complete
--

\unrestrict 7JCD1MKW53dcMZoaEIhbV2ZBs8hD7kb8YjaPW9JBFEHg6UrE4zeFgcUqgjsdkiw

