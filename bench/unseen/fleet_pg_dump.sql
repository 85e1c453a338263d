--
-- PostgreSQL database dump
--

\restrict V4blznIUUuU6600QG6fvRAgvbfL2iBXyQgjiEF3ZxtqpKOYATrfSqnXZ0yt8vrc

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: fleet; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA fleet;


ALTER SCHEMA fleet OWNER TO postgres;

--
-- Name: vehicle_kind; Type: TYPE; Schema: fleet; Owner: postgres
--

CREATE TYPE fleet.vehicle_kind AS ENUM (
    'van',
    'truck',
    'bike'
);


ALTER TYPE fleet.vehicle_kind OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: deliveries; Type: TABLE; Schema: fleet; Owner: postgres
--

CREATE TABLE fleet.deliveries (
    delivery_id bigint NOT NULL,
    vehicle_id integer,
    delivered_at timestamp with time zone,
    weight_kg numeric(8,2),
    on_time boolean
);


ALTER TABLE fleet.deliveries OWNER TO postgres;

--
-- Name: deliveries_delivery_id_seq; Type: SEQUENCE; Schema: fleet; Owner: postgres
--

CREATE SEQUENCE fleet.deliveries_delivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE fleet.deliveries_delivery_id_seq OWNER TO postgres;

--
-- Name: deliveries_delivery_id_seq; Type: SEQUENCE OWNED BY; Schema: fleet; Owner: postgres
--

ALTER SEQUENCE fleet.deliveries_delivery_id_seq OWNED BY fleet.deliveries.delivery_id;


--
-- Name: depots; Type: TABLE; Schema: fleet; Owner: postgres
--

CREATE TABLE fleet.depots (
    depot_id integer NOT NULL,
    city text NOT NULL,
    "openedOn" date
);


ALTER TABLE fleet.depots OWNER TO postgres;

--
-- Name: depots_depot_id_seq; Type: SEQUENCE; Schema: fleet; Owner: postgres
--

CREATE SEQUENCE fleet.depots_depot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE fleet.depots_depot_id_seq OWNER TO postgres;

--
-- Name: depots_depot_id_seq; Type: SEQUENCE OWNED BY; Schema: fleet; Owner: postgres
--

ALTER SEQUENCE fleet.depots_depot_id_seq OWNED BY fleet.depots.depot_id;


--
-- Name: vehicles; Type: TABLE; Schema: fleet; Owner: postgres
--

CREATE TABLE fleet.vehicles (
    vehicle_id integer NOT NULL,
    plate text NOT NULL,
    kind fleet.vehicle_kind NOT NULL,
    depot_id integer,
    capacity_kg integer,
    features text[]
);


ALTER TABLE fleet.vehicles OWNER TO postgres;

--
-- Name: COLUMN vehicles.capacity_kg; Type: COMMENT; Schema: fleet; Owner: postgres
--

COMMENT ON COLUMN fleet.vehicles.capacity_kg IS 'maximum load in kilograms';


--
-- Name: vehicles_vehicle_id_seq; Type: SEQUENCE; Schema: fleet; Owner: postgres
--

CREATE SEQUENCE fleet.vehicles_vehicle_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE fleet.vehicles_vehicle_id_seq OWNER TO postgres;

--
-- Name: vehicles_vehicle_id_seq; Type: SEQUENCE OWNED BY; Schema: fleet; Owner: postgres
--

ALTER SEQUENCE fleet.vehicles_vehicle_id_seq OWNED BY fleet.vehicles.vehicle_id;


--
-- Name: deliveries delivery_id; Type: DEFAULT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.deliveries ALTER COLUMN delivery_id SET DEFAULT nextval('fleet.deliveries_delivery_id_seq'::regclass);


--
-- Name: depots depot_id; Type: DEFAULT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.depots ALTER COLUMN depot_id SET DEFAULT nextval('fleet.depots_depot_id_seq'::regclass);


--
-- Name: vehicles vehicle_id; Type: DEFAULT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.vehicles ALTER COLUMN vehicle_id SET DEFAULT nextval('fleet.vehicles_vehicle_id_seq'::regclass);


--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: fleet; Owner: postgres
--

COPY fleet.deliveries (delivery_id, vehicle_id, delivered_at, weight_kg, on_time) FROM stdin;
1	1	2024-05-02 09:30:00+00	350.50	t
2	1	2024-05-03 14:00:00+00	420.00	f
3	2	2024-05-03 11:00:00+00	5200.00	t
4	3	2024-05-10 16:45:00+00	610.25	t
5	4	2024-06-01 08:15:00+00	12.00	t
6	5	2024-06-02 13:00:00+00	7000.00	f
7	2	2024-06-05 10:00:00+00	6100.75	t
\.


--
-- Data for Name: depots; Type: TABLE DATA; Schema: fleet; Owner: postgres
--

COPY fleet.depots (depot_id, city, "openedOn") FROM stdin;
1	Leeds	2019-05-01
2	Bristol	2021-03-15
3	Glasgow	\N
\.


--
-- Data for Name: vehicles; Type: TABLE DATA; Schema: fleet; Owner: postgres
--

COPY fleet.vehicles (vehicle_id, plate, kind, depot_id, capacity_kg, features) FROM stdin;
1	LD19 ABC	van	1	1200	{refrigerated,tail_lift}
2	LD20 XYZ	truck	1	8000	{tail_lift}
3	BR21 KLM	van	2	1000	{}
4	BR22 QRS	bike	2	30	{electric}
5	GL23 TUV	truck	3	9000	{refrigerated}
6	GL24 WXY	bike	3	25	{electric}
\.


--
-- Name: deliveries_delivery_id_seq; Type: SEQUENCE SET; Schema: fleet; Owner: postgres
--

SELECT pg_catalog.setval('fleet.deliveries_delivery_id_seq', 7, true);


--
-- Name: depots_depot_id_seq; Type: SEQUENCE SET; Schema: fleet; Owner: postgres
--

SELECT pg_catalog.setval('fleet.depots_depot_id_seq', 3, true);


--
-- Name: vehicles_vehicle_id_seq; Type: SEQUENCE SET; Schema: fleet; Owner: postgres
--

SELECT pg_catalog.setval('fleet.vehicles_vehicle_id_seq', 6, true);


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (delivery_id);


--
-- Name: depots depots_pkey; Type: CONSTRAINT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.depots
    ADD CONSTRAINT depots_pkey PRIMARY KEY (depot_id);


--
-- Name: vehicles vehicles_pkey; Type: CONSTRAINT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (vehicle_id);


--
-- Name: deliveries deliveries_vehicle_id_fkey; Type: FK CONSTRAINT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.deliveries
    ADD CONSTRAINT deliveries_vehicle_id_fkey FOREIGN KEY (vehicle_id) REFERENCES fleet.vehicles(vehicle_id);


--
-- Name: vehicles vehicles_depot_id_fkey; Type: FK CONSTRAINT; Schema: fleet; Owner: postgres
--

ALTER TABLE ONLY fleet.vehicles
    ADD CONSTRAINT vehicles_depot_id_fkey FOREIGN KEY (depot_id) REFERENCES fleet.depots(depot_id);


--
-- PostgreSQL database dump complete
--

\unrestrict V4blznIUUuU6600QG6fvRAgvbfL2iBXyQgjiEF3ZxtqpKOYATrfSqnXZ0yt8vrc

