"""The demo network of Saône-et-Loire: readable seed data and the loader that builds it (``load_demo``)."""
