--
-- PostgreSQL database dump
--

\restrict PssoFBz9zJZffRjWrhNhDz2vF5YP8TocsHLMWysOtrkmhsj9XcGLxKVNC9ZIKI3

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
-- Name: support; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA support;


ALTER SCHEMA support OWNER TO postgres;

--
-- Name: ticket_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.ticket_status AS ENUM (
    'open',
    'pending',
    'closed'
);


ALTER TYPE public.ticket_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agents; Type: TABLE; Schema: support; Owner: postgres
--

CREATE TABLE support.agents (
    agent_id integer NOT NULL,
    full_name text NOT NULL,
    team text
);


ALTER TABLE support.agents OWNER TO postgres;

--
-- Name: agents_agent_id_seq; Type: SEQUENCE; Schema: support; Owner: postgres
--

CREATE SEQUENCE support.agents_agent_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE support.agents_agent_id_seq OWNER TO postgres;

--
-- Name: agents_agent_id_seq; Type: SEQUENCE OWNED BY; Schema: support; Owner: postgres
--

ALTER SEQUENCE support.agents_agent_id_seq OWNED BY support.agents.agent_id;


--
-- Name: customers; Type: TABLE; Schema: support; Owner: postgres
--

CREATE TABLE support.customers (
    customer_id integer NOT NULL,
    "companyName" character varying(120) NOT NULL,
    plan text,
    signed_up_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT customers_plan_check CHECK ((plan = ANY (ARRAY['free'::text, 'pro'::text, 'enterprise'::text])))
);


ALTER TABLE support.customers OWNER TO postgres;

--
-- Name: COLUMN customers.plan; Type: COMMENT; Schema: support; Owner: postgres
--

COMMENT ON COLUMN support.customers.plan IS 'subscription tier';


--
-- Name: customers_customer_id_seq; Type: SEQUENCE; Schema: support; Owner: postgres
--

CREATE SEQUENCE support.customers_customer_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE support.customers_customer_id_seq OWNER TO postgres;

--
-- Name: customers_customer_id_seq; Type: SEQUENCE OWNED BY; Schema: support; Owner: postgres
--

ALTER SEQUENCE support.customers_customer_id_seq OWNED BY support.customers.customer_id;


--
-- Name: tickets; Type: TABLE; Schema: support; Owner: postgres
--

CREATE TABLE support.tickets (
    ticket_id bigint NOT NULL,
    customer_id integer NOT NULL,
    agent_id integer,
    subject text NOT NULL,
    status public.ticket_status DEFAULT 'open'::public.ticket_status NOT NULL,
    priority smallint NOT NULL,
    tags text[],
    opened_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    satisfaction numeric(3,1)
);


ALTER TABLE support.tickets OWNER TO postgres;

--
-- Name: tickets_ticket_id_seq; Type: SEQUENCE; Schema: support; Owner: postgres
--

CREATE SEQUENCE support.tickets_ticket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE support.tickets_ticket_id_seq OWNER TO postgres;

--
-- Name: tickets_ticket_id_seq; Type: SEQUENCE OWNED BY; Schema: support; Owner: postgres
--

ALTER SEQUENCE support.tickets_ticket_id_seq OWNED BY support.tickets.ticket_id;


--
-- Name: agents agent_id; Type: DEFAULT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.agents ALTER COLUMN agent_id SET DEFAULT nextval('support.agents_agent_id_seq'::regclass);


--
-- Name: customers customer_id; Type: DEFAULT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.customers ALTER COLUMN customer_id SET DEFAULT nextval('support.customers_customer_id_seq'::regclass);


--
-- Name: tickets ticket_id; Type: DEFAULT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets ALTER COLUMN ticket_id SET DEFAULT nextval('support.tickets_ticket_id_seq'::regclass);


--
-- Data for Name: agents; Type: TABLE DATA; Schema: support; Owner: postgres
--

COPY support.agents (agent_id, full_name, team) FROM stdin;
1	Maya Lin	billing
2	Omar Haddad	technical
3	Sara Kim	technical
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: support; Owner: postgres
--

COPY support.customers (customer_id, "companyName", plan, signed_up_at) FROM stdin;
1	Acme Corp	enterprise	2023-01-10 09:00:00+00
2	Globex	pro	2023-06-02 12:30:00+00
3	Initech	free	2024-02-20 08:15:00+00
4	Umbrella	pro	2024-03-05 17:45:00+00
\.


--
-- Data for Name: tickets; Type: TABLE DATA; Schema: support; Owner: postgres
--

COPY support.tickets (ticket_id, customer_id, agent_id, subject, status, priority, tags, opened_at, closed_at, satisfaction) FROM stdin;
1	1	2	API timeout	closed	1	{api,latency}	2024-04-01 10:00:00+00	2024-04-02 11:00:00+00	4.5
2	1	1	Invoice wrong	closed	2	{billing}	2024-04-03 09:00:00+00	2024-04-03 15:00:00+00	3.0
3	2	3	Login fails	pending	1	{auth}	2024-04-05 14:00:00+00	\N	\N
4	3	\N	Feature request	open	3	{}	2024-04-06 08:00:00+00	\N	\N
5	4	2	Data export slow	closed	2	{latency,export}	2024-04-07 16:00:00+00	2024-04-09 10:00:00+00	2.5
6	2	3	SSO setup	open	1	{auth,sso}	2024-05-01 12:00:00+00	\N	\N
\.


--
-- Name: agents_agent_id_seq; Type: SEQUENCE SET; Schema: support; Owner: postgres
--

SELECT pg_catalog.setval('support.agents_agent_id_seq', 1, false);


--
-- Name: customers_customer_id_seq; Type: SEQUENCE SET; Schema: support; Owner: postgres
--

SELECT pg_catalog.setval('support.customers_customer_id_seq', 1, false);


--
-- Name: tickets_ticket_id_seq; Type: SEQUENCE SET; Schema: support; Owner: postgres
--

SELECT pg_catalog.setval('support.tickets_ticket_id_seq', 1, false);


--
-- Name: agents agents_pkey; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.agents
    ADD CONSTRAINT agents_pkey PRIMARY KEY (agent_id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (customer_id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (ticket_id);


--
-- Name: tickets tickets_agent_id_fkey; Type: FK CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets
    ADD CONSTRAINT tickets_agent_id_fkey FOREIGN KEY (agent_id) REFERENCES support.agents(agent_id);


--
-- Name: tickets tickets_customer_id_fkey; Type: FK CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets
    ADD CONSTRAINT tickets_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES support.customers(customer_id);


--
-- PostgreSQL database dump complete
--

\unrestrict PssoFBz9zJZffRjWrhNhDz2vF5YP8TocsHLMWysOtrkmhsj9XcGLxKVNC9ZIKI3

