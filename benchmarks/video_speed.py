"""Speed of the video path on this machine: pose extraction (frames per second of video processed) and the whole
`sugar predict clip.mp4` latency for a 5-second clip.

    python benchmarks/video_speed.py --run sugar_out/demo/finetune            # a finetune run, e.g. from `sugar demo`
    python benchmarks/video_speed.py                                          # extraction only

The clip is made from a real photograph of a person (scikit-image's astronaut, `sugar.video.person_clip`), 640x480,
recorded at 30 frames per second and sampled at 15 (the default). Each measurement is repeated (--repeats) and the
median is reported. Writes benchmarks/results/video_speed.json and .md.
"""
import argparse, json, statistics, subprocess, sys, tempfile, time
from pathlib import Path
import numpy as np
from _machine import machine, git_commit

def five_second_clip(path:Path, fps:int=30, seconds:int=5) -> Path:
    from sugar.video import person_clip, write_video
    frames = person_clip(fps * seconds, 480, seed=0)
    frames = np.pad(frames, ((0, 0), (0, 0), (80, 80), (0, 0)))                 # 640x480
    return write_video(frames, path, fps=fps)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--run', default=None, help='a sugar finetune run folder for the predict latency')
    ap.add_argument('--repeats', type=int, default=3); ap.add_argument('--out', default='benchmarks/results')
    a = ap.parse_args()
    from sugar.video import read_frames, estimate_pose
    tmp = Path(tempfile.mkdtemp()); clip = five_second_clip(tmp/'clip.mp4')
    decode, pose_s = [], []
    for _ in range(a.repeats):
        t = time.perf_counter(); frames, fps = read_frames(clip); decode.append(time.perf_counter() - t)
        t = time.perf_counter(); estimate_pose(frames, fps, progress=False); pose_s.append(time.perf_counter() - t)
    n = len(frames)
    row = dict(clip_seconds=5, source_fps=30, sampled_fps=fps, frames=n, size='640x480',
               decode_s=round(statistics.median(decode), 3), pose_s=round(statistics.median(pose_s), 3),
               pose_frames_per_s=round(n / statistics.median(pose_s), 1),
               video_seconds_per_s=round(5 / (statistics.median(decode) + statistics.median(pose_s)), 2))
    if a.run:
        lat = []
        for _ in range(a.repeats):
            t = time.perf_counter()
            r = subprocess.run([str(Path(sys.executable).parent/'sugar'), 'predict', str(clip), '--run', a.run,
                                '--annotate', str(tmp/'clip.gif')], capture_output=True, text=True)
            lat.append(time.perf_counter() - t)
            if r.returncode: sys.exit(f"sugar predict failed:\n{r.stderr[-2000:]}")
        row.update(run=a.run, predict_latency_s=round(statistics.median(lat), 2), predict_output=r.stdout.strip()[-400:])
    row.update(repeats=a.repeats, machine=machine(), command='python ' + ' '.join(sys.argv), git_commit=git_commit())
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out/'video_speed.json').write_text(json.dumps(row, indent=1) + '\n')
    md = ["# Video path speed", "", "| measure | value |", "|---|---|",
          f"| clip | 5 s, 640x480, 30 fps sampled at {fps:g} fps ({n} frames) |",
          f"| decoding | {row['decode_s']} s |", f"| pose extraction (BlazePose full) | {row['pose_s']} s "
          f"({row['pose_frames_per_s']} frames/s) |", f"| video seconds processed per second | {row['video_seconds_per_s']} |"]
    if a.run: md.append(f"| `sugar predict clip.mp4` end to end (new process, models loaded) | {row['predict_latency_s']} s |")
    md += ["", f"{machine()}; median of {a.repeats}; `{row['command']}`."]
    (out/'video_speed.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main()
