"""Fault scenarios, group cache: the token cache file: warm, corrupted, truncated, planted by
another user or world-readable.

Run by run.py (tests/faults/scenarios/run.py cache <modules>); CTest: faults.cache.
"""
import json
import os
import uuid

from stackrescue_testing import faults as fl

from common import check, check_ok, scenario, tokens


def warm_cache(ctx):
    check_ok(ctx.run("rescue_image_info"))
    files = ctx.ws.cache_files()
    check(len(files) == 1, "cache files: %s" % files)
    return files[0]


def plant(path, token, mode=0o600, owner=None):
    """Rewrites the cached file with `token` in place of the real one (same catalog)."""
    doc = json.load(open(path))
    doc["token"] = token
    os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(doc, f)
    os.chmod(path, mode)
    if owner is not None:
        os.chown(path, owner, -1)


def sha(text):
    import hashlib
    return hashlib.sha256(text.encode()).hexdigest()


def cache_run(ctx, path, planted=None, refused=None):
    """Runs with the cache file as prepared; `refused`: the reason the module must warn of."""
    ctx.proxy.reset()
    result = ctx.run("rescue_image_info")
    c = ctx.counts()
    check_ok(result)
    warnings = [w for w in result.get("warnings", []) if "token cache file" in w]
    if refused:
        check(any(refused in w and "refused" in w for w in warnings), "no refusal warning: %s" % warnings)
    else:
        check(not warnings, "unexpected cache warning: %s" % warnings)
    used = planted is not None and sha(planted) in c["token_hashes"]
    files = ctx.ws.cache_files()
    check(files == [path], "cache files after: %s" % files)
    st = os.stat(path)
    check(st.st_uid == os.geteuid() and (st.st_mode & 0o777) == 0o600, "rewritten file mode %o uid %d" % (
        st.st_mode & 0o777, st.st_uid))
    json.load(open(path))  # valid again
    return result, c, used


@scenario("cache", "token cache warm (second run)", "authenticate", needs_server=False)
def s_cache_warm(ctx):
    path = warm_cache(ctx)
    result, c, _ = cache_run(ctx, path)
    check(fl.token_posts_received(c) == 0, tokens(c))
    return result, tokens(c)


@scenario("cache", "token cache file corrupted (random bytes)", "authenticate", needs_server=False)
def s_cache_corrupt(ctx):
    path = warm_cache(ctx)
    with open(path, "wb") as f:
        f.write(os.urandom(700))
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file truncated (first half)", "authenticate", needs_server=False)
def s_cache_truncated(ctx):
    path = warm_cache(ctx)
    data = open(path, "rb").read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file a JSON object without expires_at (what the fuzzer found: bug B3)",
          "authenticate", needs_server=False)
def s_cache_missing_key(ctx):
    path = warm_cache(ctx)
    with open(path, "w") as f:
        f.write('{"token": "x", "token_body": {}}')
    result, c, _ = cache_run(ctx, path, refused="corrupt or truncated")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned, file replaced by a valid 0600 one"


@scenario("cache", "token cache file planted with a foreign token, owned by another user (nobody), 0600",
          "authenticate", needs_server=False)
def s_cache_other_owner(ctx):
    import pwd
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted, owner=pwd.getpwnam("nobody").pw_uid)
    result, c, used = cache_run(ctx, path, planted, refused="owned by another user")
    check(not used, "the planted token was sent")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned; planted token sent: 0 times"


@scenario("cache", "token cache file planted with a foreign token, world-readable (0644)", "authenticate",
          needs_server=False)
def s_cache_world_readable(ctx):
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted, mode=0o644)
    result, c, used = cache_run(ctx, path, planted, refused="readable or writable by others")
    check(not used, "the planted token was sent")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; warned; planted token sent: 0 times"


@scenario("cache", "control: the same planted token in a proper 0600 file of ours is used (and refused by the "
          "cloud: one re-auth)", "authenticate", needs_server=False)
def s_cache_planted_control(ctx):
    path = warm_cache(ctx)
    planted = "planted-" + uuid.uuid4().hex
    plant(path, planted)
    result, c, used = cache_run(ctx, path, planted)
    check(used, "the planted token was not sent: the detection above proves nothing")
    check(fl.token_posts(c) == 1, tokens(c))
    return result, tokens(c) + "; planted token sent once, answered 401, re-authenticated"
