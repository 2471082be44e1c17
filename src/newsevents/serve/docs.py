"""``/docs``: the API's reference as one HTML page, written from the OpenAPI document.

Swagger UI and ReDoc load their scripts from a CDN, which the dashboard's
Content-Security-Policy (and an offline machine) refuses; this page is plain
HTML built on the server from ``app.openapi()``: every operation with its
parameters, request body and answers, and a link to ``/openapi.json`` for
tools (Postman, openapi-generator, schemathesis).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


def _type(schema: dict[str, Any]) -> str:
    """A short name for a parameter's schema: "integer (1-500)", "string | null"."""
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    kind = str(schema.get("type", "object"))
    if "format" in schema:
        kind += f" ({schema['format']})"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        kind += f" {'' if low is None else low}..{'' if high is None else high}"
    if "pattern" in schema:
        kind += f" matching {schema['pattern']}"
    if "maxLength" in schema:
        kind += f", at most {schema['maxLength']} characters"
    return kind


def _parameters(params: list[dict[str, Any]]) -> str:
    if not params:
        return ""
    rows = []
    for p in params:
        schema = p.get("schema", {})
        default = schema.get("default")
        shown = "" if default is None else f"<code>{escape(json.dumps(default))}</code>"
        rows.append(
            "<tr>"
            f"<td><code>{escape(p['name'])}</code>{' (required)' if p.get('required') else ''}</td>"
            f"<td>{escape(p.get('in', ''))}</td>"
            f"<td>{escape(_type(schema))}</td>"
            f"<td>{shown}</td>"
            f"<td>{escape(p.get('description', schema.get('description', '')))}</td>"
            "</tr>")
    return ('<div class="table-wrap"><table class="grid"><caption>Parameters</caption>'
            '<thead><tr><th scope="col">name</th><th scope="col">in</th>'
            '<th scope="col">type</th><th scope="col">default</th>'
            '<th scope="col">meaning</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _responses(responses: dict[str, Any]) -> str:
    items = []
    for code, answer in responses.items():
        kinds = ", ".join(answer.get("content", {})) or "no body"
        items.append(f"<li><code>{escape(str(code))}</code> {escape(answer.get('description', ''))}"
                     f" <span class=\"muted\">({escape(kinds)})</span></li>")
    return f"<p>Answers:</p><ul>{''.join(items)}</ul>" if items else ""


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(block.strip())}</p>" for block in text.split("\n\n")
                   if block.strip())


def render(doc: dict[str, Any]) -> str:
    """The HTML page of an OpenAPI document."""
    info = doc.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')} API".strip()
    sections: dict[str, list[str]] = {}
    toc: dict[str, list[str]] = {}
    for path, item in doc.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            tag = (op.get("tags") or ["other"])[0]
            anchor = f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")
            body = op.get("requestBody")
            body_html = ""
            if body:
                kinds = ", ".join(body.get("content", {}))
                body_html = f"<p>Request body: {escape(kinds)}</p>"
            sections.setdefault(tag, []).append(
                f'<section class="op" id="{escape(anchor)}" aria-labelledby="{escape(anchor)}-h">'
                f'<h3 id="{escape(anchor)}-h"><span class="badge">{method.upper()}</span> '
                f"<code>{escape(path)}</code></h3>"
                f"<p><strong>{escape(op.get('summary', ''))}</strong></p>"
                f"{_paragraphs(op.get('description', ''))}"
                f"{_parameters(op.get('parameters', []))}{body_html}"
                f"{_responses(op.get('responses', {}))}</section>")
            toc.setdefault(tag, []).append(
                f'<li><a href="#{escape(anchor)}">{method.upper()} {escape(path)}</a></li>')
    nav = "".join(f"<li>{escape(tag)}<ul>{''.join(links)}</ul></li>"
                  for tag, links in toc.items())
    parts = "".join(f'<h2 id="tag-{escape(tag)}">{escape(tag)}</h2>{"".join(ops)}'
                    for tag, ops in sections.items())
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/app.css"></head>'
        '<body><header class="top"><a class="brand" href="/">newsevents</a>'
        '<nav aria-label="Reference"><a href="/openapi.json">openapi.json</a></nav></header>'
        f'<main id="main" class="docs"><h1>{escape(title)}</h1>'
        f"{_paragraphs(info.get('summary', ''))}{_paragraphs(info.get('description', ''))}"
        f'<nav aria-label="Operations"><ul>{nav}</ul></nav>{parts}</main></body></html>')


__all__ = ["render"]
