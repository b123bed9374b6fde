"""Read a rendered form back as a browser would submit it, so tests can edit fields and post again."""

from html.parser import HTMLParser


class FormState(HTMLParser):
    """The successful controls of the form with ``form_id``, as ``{name: [values]}`` in document order."""

    def __init__(self, html, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.values = {}
        self._textarea = None
        self._select = None
        self._option = None
        self.feed(html)

    def _add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
                return
            self._add(name, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = name
            self.values.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            text = self._textarea[1]
            # A browser drops one line break right after <textarea> (WTForms writes one there).
            for newline in ("\r\n", "\n"):
                if text.startswith(newline):
                    text = text[len(newline) :]
                    break
            self._add(self._textarea[0], text)
            self._textarea = None
        elif tag == "select":
            self._select = None

    def set(self, name, *values):
        self.values[name] = [str(value) for value in values]

    def get(self, name):
        values = self.values.get(name) or [None]
        return values[0]

    def uncheck(self, name):
        self.values.pop(name, None)

    def data(self, action):
        """The body to post, with the button ``action`` pressed."""
        pairs = [(name, value) for name, values in self.values.items() for value in values]
        return [*pairs, ("action", action)]
