"""What published files carry: Content-Security-Policy, Atom feed, sitemap, JSON-LD, escaped tags."""
