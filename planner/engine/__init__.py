"""The scheduling engine: problem → itineraries → capacitated-assignment core → CP-SAT."""
