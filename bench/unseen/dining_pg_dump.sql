--
-- PostgreSQL database dump
--

\restrict Ft5Z7tYiDMNdon6WdaDXuD1mnHgtSx2s7RhBtI0yoNa5gtQtYbvDTlXfCpGpkQK

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
-- Name: dining; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA dining;


ALTER SCHEMA dining OWNER TO postgres;

--
-- Name: order_status; Type: TYPE; Schema: dining; Owner: postgres
--

CREATE TYPE dining.order_status AS ENUM (
    'open',
    'served',
    'paid',
    'voided'
);


ALTER TYPE dining.order_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: menu_items; Type: TABLE; Schema: dining; Owner: postgres
--

CREATE TABLE dining.menu_items (
    item_id integer NOT NULL,
    restaurant_id integer NOT NULL,
    name text NOT NULL,
    course text NOT NULL,
    price_cents integer NOT NULL,
    is_vegetarian boolean DEFAULT false NOT NULL,
    prep_minutes integer
);


ALTER TABLE dining.menu_items OWNER TO postgres;

--
-- Name: COLUMN menu_items.course; Type: COMMENT; Schema: dining; Owner: postgres
--

COMMENT ON COLUMN dining.menu_items.course IS 'starter, main or dessert';


--
-- Name: menu_items_item_id_seq; Type: SEQUENCE; Schema: dining; Owner: postgres
--

CREATE SEQUENCE dining.menu_items_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE dining.menu_items_item_id_seq OWNER TO postgres;

--
-- Name: menu_items_item_id_seq; Type: SEQUENCE OWNED BY; Schema: dining; Owner: postgres
--

ALTER SEQUENCE dining.menu_items_item_id_seq OWNED BY dining.menu_items.item_id;


--
-- Name: order_items; Type: TABLE; Schema: dining; Owner: postgres
--

CREATE TABLE dining.order_items (
    order_id integer NOT NULL,
    item_id integer NOT NULL,
    quantity integer DEFAULT 1 NOT NULL
);


ALTER TABLE dining.order_items OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: dining; Owner: postgres
--

CREATE TABLE dining.orders (
    order_id integer NOT NULL,
    restaurant_id integer NOT NULL,
    waiter_id integer,
    table_no integer NOT NULL,
    guests integer NOT NULL,
    status dining.order_status NOT NULL,
    ordered_at timestamp without time zone NOT NULL,
    closed_at timestamp without time zone
);


ALTER TABLE dining.orders OWNER TO postgres;

--
-- Name: orders_order_id_seq; Type: SEQUENCE; Schema: dining; Owner: postgres
--

CREATE SEQUENCE dining.orders_order_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE dining.orders_order_id_seq OWNER TO postgres;

--
-- Name: orders_order_id_seq; Type: SEQUENCE OWNED BY; Schema: dining; Owner: postgres
--

ALTER SEQUENCE dining.orders_order_id_seq OWNED BY dining.orders.order_id;


--
-- Name: restaurants; Type: TABLE; Schema: dining; Owner: postgres
--

CREATE TABLE dining.restaurants (
    restaurant_id integer NOT NULL,
    name text NOT NULL,
    city text NOT NULL,
    opened_on date
);


ALTER TABLE dining.restaurants OWNER TO postgres;

--
-- Name: restaurants_restaurant_id_seq; Type: SEQUENCE; Schema: dining; Owner: postgres
--

CREATE SEQUENCE dining.restaurants_restaurant_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE dining.restaurants_restaurant_id_seq OWNER TO postgres;

--
-- Name: restaurants_restaurant_id_seq; Type: SEQUENCE OWNED BY; Schema: dining; Owner: postgres
--

ALTER SEQUENCE dining.restaurants_restaurant_id_seq OWNED BY dining.restaurants.restaurant_id;


--
-- Name: staff; Type: TABLE; Schema: dining; Owner: postgres
--

CREATE TABLE dining.staff (
    staff_id integer NOT NULL,
    restaurant_id integer NOT NULL,
    full_name text NOT NULL,
    role text NOT NULL,
    hired_on date NOT NULL
);


ALTER TABLE dining.staff OWNER TO postgres;

--
-- Name: staff_staff_id_seq; Type: SEQUENCE; Schema: dining; Owner: postgres
--

CREATE SEQUENCE dining.staff_staff_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE dining.staff_staff_id_seq OWNER TO postgres;

--
-- Name: staff_staff_id_seq; Type: SEQUENCE OWNED BY; Schema: dining; Owner: postgres
--

ALTER SEQUENCE dining.staff_staff_id_seq OWNED BY dining.staff.staff_id;


--
-- Name: menu_items item_id; Type: DEFAULT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.menu_items ALTER COLUMN item_id SET DEFAULT nextval('dining.menu_items_item_id_seq'::regclass);


--
-- Name: orders order_id; Type: DEFAULT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.orders ALTER COLUMN order_id SET DEFAULT nextval('dining.orders_order_id_seq'::regclass);


--
-- Name: restaurants restaurant_id; Type: DEFAULT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.restaurants ALTER COLUMN restaurant_id SET DEFAULT nextval('dining.restaurants_restaurant_id_seq'::regclass);


--
-- Name: staff staff_id; Type: DEFAULT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.staff ALTER COLUMN staff_id SET DEFAULT nextval('dining.staff_staff_id_seq'::regclass);


--
-- Data for Name: menu_items; Type: TABLE DATA; Schema: dining; Owner: postgres
--

COPY dining.menu_items (item_id, restaurant_id, name, course, price_cents, is_vegetarian, prep_minutes) FROM stdin;
1	1	Bruschetta	starter	750	t	10
2	1	Osso Buco	main	2450	f	35
3	1	Risotto ai Funghi	main	1890	t	25
4	1	Tiramisu	dessert	800	t	5
5	2	Caldo Verde	starter	600	f	15
6	2	Francesinha	main	1650	f	20
7	2	Vegetable Tagine	main	1500	t	30
8	2	Pastel de Nata	dessert	350	t	5
9	3	Octopus Salad	starter	1200	f	15
10	3	Grilled Sea Bass	main	2900	f	25
11	3	Seafood Rice	main	3200	f	40
12	3	Lemon Sorbet	dessert	650	t	2
\.


--
-- Data for Name: order_items; Type: TABLE DATA; Schema: dining; Owner: postgres
--

COPY dining.order_items (order_id, item_id, quantity) FROM stdin;
1	1	1
1	3	2
1	4	2
2	2	2
2	3	2
2	1	2
3	2	1
4	6	2
5	5	3
5	6	4
5	8	6
6	6	1
6	8	2
7	9	2
7	10	3
7	12	5
8	10	2
9	11	4
9	9	4
9	12	8
10	12	1
11	3	1
12	5	3
12	6	3
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: dining; Owner: postgres
--

COPY dining.orders (order_id, restaurant_id, waiter_id, table_no, guests, status, ordered_at, closed_at) FROM stdin;
1	1	1	4	2	paid	2025-03-01 19:30:00	2025-03-01 21:05:00
2	1	1	2	4	paid	2025-03-02 20:00:00	2025-03-02 22:10:00
3	1	3	7	3	voided	2025-03-02 20:15:00	\N
4	2	4	1	2	paid	2025-03-05 13:00:00	2025-03-05 14:00:00
5	2	4	3	6	paid	2025-03-08 20:30:00	2025-03-08 23:00:00
6	2	4	5	2	served	2025-04-01 12:45:00	\N
7	3	6	9	5	paid	2025-03-14 19:00:00	2025-03-14 21:15:00
8	3	7	2	2	paid	2025-03-20 21:00:00	2025-03-20 22:20:00
9	3	6	6	8	paid	2025-04-05 20:00:00	2025-04-05 23:30:00
10	3	7	1	1	voided	2025-04-06 13:30:00	\N
11	1	3	3	2	open	2025-04-10 19:45:00	\N
12	2	\N	8	3	paid	2025-04-12 13:15:00	2025-04-12 14:30:00
\.


--
-- Data for Name: restaurants; Type: TABLE DATA; Schema: dining; Owner: postgres
--

COPY dining.restaurants (restaurant_id, name, city, opened_on) FROM stdin;
1	Trattoria Lume	Lisbon	2016-05-01
2	Casa Verde	Porto	2019-09-15
3	Mar Alto	Lisbon	2022-03-10
\.


--
-- Data for Name: staff; Type: TABLE DATA; Schema: dining; Owner: postgres
--

COPY dining.staff (staff_id, restaurant_id, full_name, role, hired_on) FROM stdin;
1	1	Ines Duarte	waiter	2017-02-01
2	1	Paolo Ricci	chef	2016-05-01
3	1	Marta Sousa	waiter	2023-06-12
4	2	Joao Pinto	waiter	2020-01-20
5	2	Rita Lopes	chef	2019-09-01
6	3	Tiago Neves	waiter	2022-03-01
7	3	Sara Matos	waiter	2024-04-15
8	3	Hugo Reis	chef	2022-02-15
9	2	Ana Faria	manager	2021-07-01
10	3	Luis Costa	waiter	2023-01-10
\.


--
-- Name: menu_items_item_id_seq; Type: SEQUENCE SET; Schema: dining; Owner: postgres
--

SELECT pg_catalog.setval('dining.menu_items_item_id_seq', 12, true);


--
-- Name: orders_order_id_seq; Type: SEQUENCE SET; Schema: dining; Owner: postgres
--

SELECT pg_catalog.setval('dining.orders_order_id_seq', 12, true);


--
-- Name: restaurants_restaurant_id_seq; Type: SEQUENCE SET; Schema: dining; Owner: postgres
--

SELECT pg_catalog.setval('dining.restaurants_restaurant_id_seq', 3, true);


--
-- Name: staff_staff_id_seq; Type: SEQUENCE SET; Schema: dining; Owner: postgres
--

SELECT pg_catalog.setval('dining.staff_staff_id_seq', 10, true);


--
-- Name: menu_items menu_items_pkey; Type: CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.menu_items
    ADD CONSTRAINT menu_items_pkey PRIMARY KEY (item_id);


--
-- Name: order_items order_items_pkey; Type: CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.order_items
    ADD CONSTRAINT order_items_pkey PRIMARY KEY (order_id, item_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);


--
-- Name: restaurants restaurants_pkey; Type: CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.restaurants
    ADD CONSTRAINT restaurants_pkey PRIMARY KEY (restaurant_id);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (staff_id);


--
-- Name: menu_items menu_items_restaurant_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.menu_items
    ADD CONSTRAINT menu_items_restaurant_id_fkey FOREIGN KEY (restaurant_id) REFERENCES dining.restaurants(restaurant_id);


--
-- Name: order_items order_items_item_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.order_items
    ADD CONSTRAINT order_items_item_id_fkey FOREIGN KEY (item_id) REFERENCES dining.menu_items(item_id);


--
-- Name: order_items order_items_order_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES dining.orders(order_id);


--
-- Name: orders orders_restaurant_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.orders
    ADD CONSTRAINT orders_restaurant_id_fkey FOREIGN KEY (restaurant_id) REFERENCES dining.restaurants(restaurant_id);


--
-- Name: orders orders_waiter_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.orders
    ADD CONSTRAINT orders_waiter_id_fkey FOREIGN KEY (waiter_id) REFERENCES dining.staff(staff_id);


--
-- Name: staff staff_restaurant_id_fkey; Type: FK CONSTRAINT; Schema: dining; Owner: postgres
--

ALTER TABLE ONLY dining.staff
    ADD CONSTRAINT staff_restaurant_id_fkey FOREIGN KEY (restaurant_id) REFERENCES dining.restaurants(restaurant_id);


--
-- PostgreSQL database dump complete
--

\unrestrict Ft5Z7tYiDMNdon6WdaDXuD1mnHgtSx2s7RhBtI0yoNa5gtQtYbvDTlXfCpGpkQK

