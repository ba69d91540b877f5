"""Requests no view can answer: a NUL character in the path or a query parameter.

PostgreSQL text cannot hold NUL (0x00), so a parameter with one ("?tag=a%00b",
the admin's autocomplete "term") would reach the database and fail there
with a server error. No name, date, slug or search of the archive contains
one: the request gets a 400 that names the parameter. (Form fields are
covered by Django's own ``ProhibitNullCharactersValidator``.)
"""

from django.http import HttpResponseBadRequest

NUL = "\x00"


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path:
            return bad_request("The address contains a NUL character (%00).")
        for name, values in request.GET.lists():
            if NUL in name or any(NUL in value for value in values):
                return bad_request(f"The parameter {name.replace(NUL, '')!r} contains a NUL character (%00).")
        return self.get_response(request)


def bad_request(message):
    return HttpResponseBadRequest(f"Bad request: {message}\n", content_type="text/plain; charset=utf-8")
