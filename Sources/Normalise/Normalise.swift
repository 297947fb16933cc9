/// Normalisation of names, countries, identifiers, classification codes and dates.
public enum Normalise {}
