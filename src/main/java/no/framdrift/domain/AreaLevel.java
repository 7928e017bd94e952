package no.framdrift.domain;

/** Where an area sits in the hierarchy municipality → county → health region → Norway; custom areas are sets of municipalities. */
public enum AreaLevel {
    NATION, REGION, COUNTY, MUNICIPALITY, CUSTOM
}
