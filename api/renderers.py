from rest_framework.renderers import BaseRenderer

from . import tabular


class CSVRenderer(BaseRenderer):
    """``?format=csv``: the rows of a list (api/views.py streams long lists
    itself; this renders what is left: a short list, an error)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            data = data["results"]
        if isinstance(data, dict):
            data = [data]
        columns = (renderer_context or {}).get("csv_columns")
        return "".join(tabular.csv_lines(columns, data)).encode("utf-8")
