#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 for the packaging tests, answering Range requests: one range as
a 206 with Content-Range, several (as zsync asks) as multipart/byteranges. python3 -m http.server
ignores Range, and zsync refuses a server that does. Prints "port N" once listening (any free
port). Usage: range_http_server.py FOLDER"""
import functools
import http.server
import os
import re
import sys

BOUNDARY = "allo-byte-ranges"


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        header = self.headers.get("Range")
        path = self.translate_path(self.path)
        if not header or not os.path.isfile(path):
            return super().do_GET()
        size = os.path.getsize(path)
        ranges = self.parse_ranges(header, size)
        if not ranges:
            self.send_error(416, f"Range not satisfiable: {header}")
            return
        with open(path, "rb") as f:
            def part(first, last):
                f.seek(first)
                return f.read(last - first + 1)

            self.send_response(206)
            if len(ranges) == 1:
                first, last = ranges[0]
                body = part(first, last)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            else:
                body = b"".join(
                    f"\r\n--{BOUNDARY}\r\nContent-Type: application/octet-stream\r\n"
                    f"Content-Range: bytes {first}-{last}/{size}\r\n\r\n".encode() + part(first, last)
                    for first, last in ranges) + f"\r\n--{BOUNDARY}--\r\n".encode()
                self.send_header("Content-Type", f"multipart/byteranges; boundary={BOUNDARY}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @staticmethod
    def parse_ranges(header, size):
        """[(first, last), ...] for "bytes=A-B,C-,..." within the file, or None."""
        match = re.fullmatch(r"bytes=(\d+-\d*(?:,\s*\d+-\d*)*)", header.strip())
        if not match:
            return None
        ranges = []
        for spec in match.group(1).split(","):
            first, last = spec.strip().split("-")
            first, last = int(first), min(int(last), size - 1) if last else size - 1
            if first > last:
                return None
            ranges.append((first, last))
        return ranges


if __name__ == "__main__":
    handler = functools.partial(RangeHandler, directory=sys.argv[1])
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        print(f"port {server.server_address[1]}", flush=True)
        server.serve_forever()
