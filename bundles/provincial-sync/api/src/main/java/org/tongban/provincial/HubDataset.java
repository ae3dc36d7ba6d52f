package org.tongban.provincial;

/** The GB/T 39046 data sets a city reports: application, acceptance, handling steps, completion, evaluation, supervision. */
public enum HubDataset {
    APPLICATION, ACCEPTANCE, PROCESS, RESULT, EVALUATION, SUPERVISION
}
