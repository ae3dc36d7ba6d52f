-- Whose a case is, for the rules on who may see and change it: the division of the hall that took it in (a city
-- node can serve every county's and township's hall: 一级部署、多级应用) and the service point of the agent who
-- handed it in (帮办代办). Cases taken in before keep NULL division until intake sets the node's own at start.
ALTER TABLE intake_case ADD COLUMN division_code VARCHAR(12);
ALTER TABLE intake_case ADD COLUMN point_code VARCHAR(50);
