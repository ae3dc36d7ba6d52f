package org.tongban.surrogate;

/** How workload figures are grouped: per agent, per service point, or per level of the network. */
public enum WorkloadBy {
    AGENT, POINT, LEVEL
}
