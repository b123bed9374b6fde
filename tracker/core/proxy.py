"""The client's address behind a reverse proxy.

Behind a proxy every request comes from the proxy's address, so the per-address limits (sign-in,
the API without a token, the calendar feeds) would count the whole province as one client: twenty
wrong passwords from anyone would lock everybody out of signing in. ``TRACKER_PROXY_HOPS`` says how
many proxies in front of Tracker are trusted to set ``X-Forwarded-For``/``X-Forwarded-Proto``;
0 (the default, for a server reached directly) ignores those headers, which a client could forge.
"""

from werkzeug.middleware.proxy_fix import ProxyFix


class TrustedProxies:
    """WSGI middleware applying :class:`ProxyFix` with the hop count of the current configuration."""

    def __init__(self, app):
        self.app = app
        self.wsgi_app = app.wsgi_app

    def __call__(self, environ, start_response):
        hops = int(self.app.config.get("TRACKER_PROXY_HOPS") or 0)
        if hops <= 0:
            return self.wsgi_app(environ, start_response)
        return ProxyFix(self.wsgi_app, x_for=hops, x_proto=hops)(environ, start_response)


def init_app(app):
    app.wsgi_app = TrustedProxies(app)
