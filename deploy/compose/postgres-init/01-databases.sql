-- One database per service on the one PostgreSQL server. Runs once, when the
-- data volume is first created. A new service adds one line here.
CREATE DATABASE referrals;
CREATE DATABASE vacancies;
CREATE DATABASE matching;
CREATE DATABASE offers;
CREATE DATABASE placements;
