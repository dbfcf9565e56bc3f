"""The site as plain data: articles, authors, settings, the site. No Sphinx."""
