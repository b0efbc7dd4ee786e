#!/usr/bin/env python3
"""Existing-site benchmark: reading a Hugo or Jekyll site in place costs no more than a native blog.

Not a timed test: it prints a table (and, with --json, writes the numbers) for a person to judge.
For every corpus size it

  1. generates a deterministic native corpus with make_corpus.py;
  2. writes the same posts as a Hugo site (hugo.toml, content/posts/<section>/, page bundles kept,
     every other post with TOML `+++` front matter, the rest YAML) and as a Jekyll site
     (_config.yml, _posts/YYYY-MM-DD-slug.md, the bundles' images under assets/);
  3. times `postwright-cli check` on each of the three (every post's front matter read, its address
     worked out the generator's way, every link and image checked: what opening the site costs,
     plus the link check), --runs times, alternating the order;
  4. times, as the reference from the same run, `hugo list all` on the Hugo site: Hugo reading the
     same content and working out every page's permalink, without rendering.

Wall time and peak memory come from /usr/bin/time -f '%e %M %U %S'; medians are reported.

    tests/bench/site_open_bench.py [--posts N ...] [--runs R] [--cli PATH] [--json FILE]
"""
import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml  # python3-yaml (Debian), installed by scripts/dev

ROOT = Path(__file__).resolve().parents[2]
TIME = "/usr/bin/time"


def fail(message):
    print(f"site_open_bench: {message}", file=sys.stderr)
    sys.exit(2)


def run_timed(cmd, cwd=None):
    """Run cmd under /usr/bin/time; return (wall s, peak KB, cpu s, exit code, stderr)."""
    fd, timefile = tempfile.mkstemp(prefix="pw-bench-time-")
    os.close(fd)
    try:
        start = time.perf_counter()
        proc = subprocess.run([TIME, "-f", "%e %M %U %S", "-o", timefile, *cmd], cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        fields = Path(timefile).read_text().strip().splitlines()[-1].split()
    finally:
        os.unlink(timefile)
    return wall, int(fields[1]), float(fields[2]) + float(fields[3]), proc.returncode, proc.stderr


def split_front_matter(text):
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {}, text[end + 5:]


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string is a JSON string


def toml_front_matter(meta):
    lines = []
    for key, value in meta.items():
        if isinstance(value, dict):  # the corpus's `spec:` tables
            continue
        lines.append(f"{key} = {toml_value(value)}")
    for key, value in meta.items():
        if isinstance(value, dict):
            lines.append(f"[{key}]")
            lines.extend(f"{k} = {toml_value(v)}" for k, v in value.items())
    return "+++\n" + "\n".join(lines) + "\n+++\n"


def posts_of(corpus):
    """(source path, is bundle, front matter dict, body) of every post, in a stable order."""
    for path in sorted((corpus / "posts").rglob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        yield path, path.name == "index.md", meta, body


def write_hugo(corpus, site):
    blog = yaml.safe_load((corpus / "blog.yaml").read_text(encoding="utf-8"))
    site.mkdir(parents=True)
    (site / "hugo.toml").write_text(
        f'baseURL = "{blog["baseURL"]}"\n'
        f'title = {toml_value(blog["title"])}\n'
        'languageCode = "en"\n\n'
        "[permalinks]\n"
        '  posts = "/:year/:month/:slug/"\n', encoding="utf-8")
    for number, (path, bundle, meta, body) in enumerate(posts_of(corpus)):
        relative = path.relative_to(corpus / "posts")
        target = site / "content" / "posts" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        front = toml_front_matter(meta) if number % 2 == 0 else \
            "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"
        target.write_text(front + body, encoding="utf-8")
        if bundle and (path.parent / "images").is_dir():
            shutil.copytree(path.parent / "images", target.parent / "images")
    about = corpus / "pages" / "about.md"
    if about.exists():
        shutil.copy(about, site / "content" / "about.md")


def write_jekyll(corpus, site):
    blog = yaml.safe_load((corpus / "blog.yaml").read_text(encoding="utf-8"))
    site.mkdir(parents=True)
    (site / "_config.yml").write_text(yaml.safe_dump({
        "title": blog["title"], "url": blog["baseURL"].rstrip("/"), "lang": "en",
        "permalink": "/:year/:month/:title/",
    }, sort_keys=False), encoding="utf-8")
    (site / "_posts").mkdir()
    (site / "_drafts").mkdir()
    for path, bundle, meta, body in posts_of(corpus):
        slug = path.parent.name if bundle else path.stem
        date = meta.get("date")
        draft = bool(meta.pop("draft", False)) or not isinstance(date, (dt.date, dt.datetime))
        if bundle and (path.parent / "images").is_dir():
            images = site / "assets" / slug
            shutil.copytree(path.parent / "images", images)
            body = body.replace("](images/", f"](/assets/{slug}/")
        front = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"
        if draft:
            (site / "_drafts" / f"{slug}.md").write_text(front + body, encoding="utf-8")
        else:
            (site / "_posts" / f"{date:%Y-%m-%d}-{slug}.md").write_text(front + body, encoding="utf-8")
    about = corpus / "pages" / "about.md"
    if about.exists():
        shutil.copy(about, site / "about.md")


def measure(label, cmd, results):
    """Appends one run's figures to results[label]. Exit code 1 (problems in the content, every
    post still read) is allowed and its first problems reported; anything else stops the bench."""
    wall, peak, cpu, code, err = run_timed(cmd)
    if code not in (0, 1):
        fail(f"{' '.join(cmd)} exited {code}:\n{err[-2000:]}")
    entry = results.setdefault(label, {"wall": [], "peak_kb": [], "cpu": [], "exit": code})
    entry["wall"].append(wall)
    entry["peak_kb"].append(peak)
    entry["cpu"].append(cpu)
    if code == 1:
        entry["problems"] = err.strip().splitlines()[:5]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, action="append", help="corpus size (repeat); default 5000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli", default=str(ROOT / "build" / "app" / "cli" / "postwright-cli"))
    parser.add_argument("--hugo", default=shutil.which("hugo") or "hugo")
    parser.add_argument("--corpus-script", default=str(ROOT.parent / "shared" / "bench" / "make_corpus.py"))
    parser.add_argument("--json", help="write every figure to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites (printed)")
    args = parser.parse_args()
    sizes = args.posts or [5000]
    for tool in (args.cli, TIME):
        if not os.access(tool, os.X_OK):
            fail(f"{tool} is not there (build postwright-cli; install Debian's 'time')")
    if not shutil.which(args.hugo):
        fail("hugo is not installed (Debian package 'hugo')")

    report = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "cpus": os.cpu_count(), "load": os.getloadavg(), "sizes": {}}
    work = Path(tempfile.mkdtemp(prefix="pw-site-open-"))
    try:
        for size in sizes:
            base = work / str(size)
            corpus = base / "native"
            subprocess.run([sys.executable, args.corpus_script, str(corpus), "--posts", str(size)],
                           check=True, stdout=subprocess.DEVNULL)
            write_hugo(corpus, base / "hugo")
            write_jekyll(corpus, base / "jekyll")
            checks = {
                "native blog": [args.cli, "--quiet", "check", str(corpus)],
                "Hugo site": [args.cli, "--quiet", "check", str(base / "hugo")],
                "Jekyll site": [args.cli, "--quiet", "check", str(base / "jekyll")],
                "hugo list all": [args.hugo, "list", "all", "--source", str(base / "hugo")],
            }
            results = {}
            for name, cmd in checks.items():  # warm the page cache and the code once
                run_timed(cmd)
            for run in range(args.runs):
                order = list(checks.items())
                if run % 2:
                    order.reverse()
                for name, cmd in order:
                    measure(name, cmd, results)
                print(f"[{size} posts] run {run + 1}/{args.runs} done", file=sys.stderr)
            report["sizes"][size] = results
            print_table(size, results, args.runs)
            sys.stdout.flush()
    finally:
        if args.keep:
            print(f"sites kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")


def print_table(size, results, runs):
    reference = statistics.median(results["hugo list all"]["wall"])
    native = statistics.median(results["native blog"]["wall"])
    print(f"\nReading a {size:,}-post site in place (medians of {runs} runs)")
    print(f"{'':<34}{'wall ms':>9}{'cpu ms':>9}{'peak MB':>9}{'/ native':>10}{'/ hugo list':>13}")
    labels = {"native blog": "postwright-cli check, native blog",
              "Hugo site": "postwright-cli check, Hugo site",
              "Jekyll site": "postwright-cli check, Jekyll site",
              "hugo list all": "hugo list all (reference)"}
    for key, label in labels.items():
        r = results[key]
        wall = statistics.median(r["wall"])
        note = "" if r["exit"] == 0 else "  (reported problems: " + "; ".join(r.get("problems", [])) + ")"
        print(f"{label:<34}{wall * 1000:>9.0f}{statistics.median(r['cpu']) * 1000:>9.0f}"
              f"{statistics.median(r['peak_kb']) / 1024:>9.1f}{wall / native:>10.2f}{wall / reference:>13.2f}{note}")


if __name__ == "__main__":
    main()
