"""Shared by the benchmark scripts: what machine and commit a result came from."""
import os, platform, subprocess

def cpu_name() -> str:
    "The CPU model from /proc/cpuinfo (else what platform reports)"
    try: return next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name'))
    except Exception: return platform.processor() or platform.machine()

def bf16_isa() -> str:
    "The CPU's bfloat16 instruction sets from /proc/cpuinfo ('AVX512-BF16, AMX'; '' if none)"
    try: flags = set(next(l for l in open('/proc/cpuinfo') if l.startswith('flags')).split())
    except Exception: return ''
    return ', '.join(n for f, n in (('avx512_bf16', 'AVX512-BF16'), ('amx_tile', 'AMX')) if f in flags)

def machine() -> str:
    "CPU model, its bfloat16 instruction sets and core count, as the result files record it"
    isa = bf16_isa()
    return f"{cpu_name()}{f' ({isa})' if isa else ''}, {os.cpu_count()} cores"

def git_commit() -> str:
    "HEAD's hash, with '+dirty' when tracked files differ from it (the run used uncommitted code)"
    try:
        head = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no'],
                               capture_output=True, text=True).stdout.strip()
        return head + ('+dirty' if head and dirty else '')
    except Exception: return ''

def peak_rss_gib() -> float:
    "Peak resident memory of this process so far, GiB (Linux reports KiB)"
    import resource
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)
