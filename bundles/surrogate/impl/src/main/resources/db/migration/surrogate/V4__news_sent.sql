-- At a deciding node: how far the point was told of each forwarded case (DEFICIENT, ACCEPTED, DECIDED, REFUSED), so
-- a change made while the news sender was not bound (a node stopping or starting) is caught up, never lost.
ALTER TABLE surrogate_forwarded ADD COLUMN news_status VARCHAR(10);
