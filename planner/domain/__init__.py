"""Pure domain rules: enumerations, the person status machine, ICAO 9303 check digits."""
