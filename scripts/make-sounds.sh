#!/usr/bin/env bash
# Synthesises every sound cue of the game (game/core/cues.ts) from nothing but sox and ffmpeg, and packs
# them into one audio sprite: assets/audio/sprite.webm (opus), sprite.mp3 (fallback) and sprite.json
# (cue id -> [start ms, duration ms] plus a loop flag for the room tone, the format Howler's `sprite` takes).
#
# Nothing is downloaded or sampled: every sound is built from sine/saw waves and filtered noise. sox runs
# in repeatable mode (seeded noise and dither) and ffmpeg bit-exact, so re-running on the same tool
# versions rewrites identical files. Usage: bash scripts/make-sounds.sh
#
# The mood is a quiet 1962 committee room: everything soft, low-passed and well under full scale.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/assets/audio"
CUES_TS="$ROOT/game/core/cues.ts"
SR=48000          # working rate; opus runs at 48 kHz internally
OPUS_KBPS=24      # mono speech-free ambience stays clean at this rate
MP3_KBPS=32
MP3_RATE=24000    # MPEG-2 layer III: lower rate keeps the fallback small
GAP=0.35          # silence between cues, so an encoder's start offset never bleeds one cue into the next
LOOP_PAD=0.1      # room tone is wrapped by this much of itself on each side (see pack_room_tone)

for tool in sox soxi ffmpeg; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "make-sounds: '$tool' is missing. On Debian/Ubuntu: sudo apt-get install -y sox libsox-fmt-all ffmpeg" >&2
    exit 1
  fi
done
# (captured first: grep -q closing the pipe early would fail the pipeline under pipefail)
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null || true)"
if ! grep -q libopus <<<"$encoders"; then
  echo "make-sounds: this ffmpeg has no libopus encoder (Debian's ffmpeg package has it)." >&2
  exit 1
fi

# Repeatable mode for every sox run, including the implicit dither after effects: same input, same bytes.
export SOX_OPTS="-R"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# ---------------------------------------------------------------------------------------------------------
# Small building blocks. Every file is mono, 16-bit, $SR Hz.

# waves OUT DUR "TYPE FREQ;TYPE FREQ;..." [sox effects...]: several oscillators summed to mono.
waves() {
  local out="$1" dur="$2" spec="$3"
  shift 3
  local -a synth=()
  local n=0 part
  IFS=';' read -ra parts <<<"$spec"
  for part in "${parts[@]}"; do
    # shellcheck disable=SC2206
    synth+=($part)
    n=$((n + 1))
  done
  sox -R -r "$SR" -c "$n" -n -c 1 -b 16 "$out" synth "$dur" "${synth[@]}" remix - vol 0.7 "$@"
}

# mix OUT IN...: sum at half level each (fixed, not 1/n as sox -m would, so relative levels stay put;
# the halving leaves headroom, and every cue is normalised at the end).
mix() {
  local out="$1"
  shift
  local -a args=()
  local f
  for f in "$@"; do args+=(-v 0.5 "$f"); done
  sox -R -m "${args[@]}" -b 16 "$out"
}

# join OUT IN...: one after another.
join() {
  local out="$1"
  shift
  sox -R "$@" -b 16 "$out"
}

silence() { sox -R -n -r "$SR" -c 1 -b 16 "$1" trim 0 "$2"; }

# level IN OUT RMS_DB: bring the cue's average (RMS) level to RMS_DB dBFS, so cues sound about as loud as
# each other whatever their shape, but never let a peak above -3 dBFS (clicks are peaky, pads are not).
level() {
  local pk rms g
  read -r pk rms < <(sox "$1" -n stats 2>&1 | awk '/^Pk lev dB/{p=$4} /^RMS lev dB/{r=$4} END{print p, r}')
  g="$(awk -v t="$3" -v p="$pk" -v r="$rms" 'BEGIN{g = t - r; if (p + g > -3) g = -3 - p; printf "%.2f", g}')"
  sox -R "$1" -b 16 "$2" gain "$g"
}

# ---------------------------------------------------------------------------------------------------------
# One function per cue; each writes cue-<id>.wav.

cue_room_tone() {
  # Air of a closed room: low brown noise with a faint 60 Hz mains hum. Made loopable: the noise's tail is
  # cross-faded (equal power) into its own head; the hum is added after, with a whole number of cycles in
  # the 4 s loop, so it needs no cross-fade.
  sox -R -n -r "$SR" -c 1 -b 16 air.wav synth 4.5 brownnoise vol 0.5 lowpass 380 lowpass 600 highpass 40
  sox air.wav body.wav trim 0.5 3.5
  sox air.wav tail.wav trim 4.0 0.5 fade q 0 0.5 0.5
  sox air.wav head.wav trim 0 0.5 fade q 0.5
  mix xfade.wav tail.wav head.wav
  join airloop.wav body.wav xfade.wav
  waves hum.wav 4 "sine 60;sine 120" vol 0.05
  mix room.wav airloop.wav hum.wav
  level room.wav cue-room-tone.wav -38
}

# key OUT HIGHPASS LOWPASS: one typewriter key, a bright strike over a dull thunk of the platen.
key() {
  sox -R -n -r "$SR" -c 1 -b 16 strike.wav synth 0.022 whitenoise vol 0.4 highpass "$2" lowpass "$3" fade l 0.0005 0.022 0.02
  sox -R -n -r "$SR" -c 1 -b 16 thunk.wav synth 0.05 brownnoise vol 0.5 lowpass 350 fade l 0.001 0.05 0.047 vol 0.8
  mix "$1" strike.wav thunk.wav
}

cue_typewriter() {
  key k1.wav 1400 5200
  key k2.wav 1800 6000
  key k3.wav 1100 4200
  # Hand-typed rhythm: irregular gaps, a longer one for each space.
  local -a gaps=(0.11 0.14 0.09 0.16 0.12 0.27 0.10 0.13 0.09 0.15 0.11)
  local -a seq=()
  local i=0 g
  for g in "${gaps[@]}"; do
    silence "gap$i.wav" "$g"
    seq+=("k$((i % 3 + 1)).wav" "gap$i.wav")
    i=$((i + 1))
  done
  join keys.wav "${seq[@]}"
  sox keys.wav typed.wav reverb 15 60 40 pad 0 0.15
  level typed.wav cue-typewriter.wav -32
}

cue_teletype() {
  # A Model 28-style page printer: steady ten characters a second (hammer, then carriage step) over the
  # motor's whirr, with a short pause where a line feeds.
  key h1.wav 2200 7000
  key h2.wav 1600 5200
  sox h2.wav step.wav vol 0.45 pad 0.018 0
  mix ch1.wav h1.wav step.wav
  mix ch2.wav h2.wav step.wav
  sox ch1.wav c1.wav pad 0 "$(awk "BEGIN{print 0.1 - $(soxi -D ch1.wav)}")"
  sox ch2.wav c2.wav pad 0 "$(awk "BEGIN{print 0.1 - $(soxi -D ch2.wav)}")"
  silence feed.wav 0.22
  local -a seq=()
  local i
  for i in $(seq 1 8); do seq+=("c$((i % 2 + 1)).wav"); done
  seq+=(feed.wav)
  for i in $(seq 1 9); do seq+=("c$(((i + 1) % 2 + 1)).wav"); done
  join chars.wav "${seq[@]}"
  local dur
  dur="$(soxi -D chars.wav)"
  sox -R -n -r "$SR" -c 1 -b 16 whirr.wav synth "$dur" brownnoise vol 0.5 lowpass 250 tremolo 10 40 vol 0.25
  waves motor.wav "$dur" "sine 120;sine 240" vol 0.02
  mix tty.wav chars.wav whirr.wav motor.wav
  sox tty.wav tty2.wav reverb 20 60 40 fade q 0.04 "$dur" 0.25 pad 0 0.1
  level tty2.wav cue-teletype.wav -29
}

cue_phone() {
  # A desk set's bell: inharmonic bell partials struck about twenty times a second, one ring of 1.5 s.
  waves bell.wav 1.5 "sine 1020;sine 1490;sine 2230;sine 510" tremolo 20 95 lowpass 3200 fade q 0.01 1.5 0.3
  sox bell.wav ring.wav reverb 25 60 50 pad 0 0.35
  level ring.wav cue-phone.wav -28
}

cue_paper() {
  # A sheet picked up and laid down: short bands of crinkling noise.
  local -a lens=(0.16 0.11 0.24 0.09)
  local -a rates=(31 45 23 38)
  local -a seq=()
  local i
  for i in 0 1 2 3; do
    sox -R -n -r "$SR" -c 1 -b 16 "b$i.wav" synth "${lens[$i]}" pinknoise vol 0.5 highpass 1500 lowpass 6500 \
      tremolo "${rates[$i]}" 65 fade q 0.02 "${lens[$i]}" 0.06
    silence "p$i.wav" 0.03
    seq+=("b$i.wav" "p$i.wav")
  done
  join rustle.wav "${seq[@]}"
  sox rustle.wav rustle2.wav reverb 15 60 30 pad 0 0.12
  level rustle2.wav cue-paper.wav -31
}

cue_stamp() {
  # A rubber stamp on a desk blotter: a soft falling thump, a dull knock and the slap of paper.
  waves thump.wav 0.3 "sine 120:48" fade l 0.002 0.3 0.28
  sox -R -n -r "$SR" -c 1 -b 16 knock.wav synth 0.04 brownnoise vol 0.5 lowpass 1400 fade l 0.001 0.04 0.037
  sox -R -n -r "$SR" -c 1 -b 16 slap.wav synth 0.06 pinknoise vol 0.5 highpass 900 lowpass 4500 fade l 0.001 0.06 0.055 vol 0.35
  mix st.wav thump.wav knock.wav slap.wav
  sox st.wav st2.wav lowpass 2600 reverb 20 60 40 pad 0 0.2
  level st2.wav cue-stamp.wav -27
}

cue_jet() {
  # A reconnaissance jet far off: a swelling roar with a faint turbine whine that falls in pitch as it
  # passes (the Doppler drop), heard through a window.
  sox -R -n -r "$SR" -c 1 -b 16 roar.wav synth 4.2 pinknoise vol 0.5 lowpass 900 lowpass 1400
  sox -R -n -r "$SR" -c 1 -b 16 rumble.wav synth 4.2 brownnoise vol 0.5 lowpass 200 vol 0.6
  waves whine.wav 4.2 "sine 2100:1650" vol 0.025
  mix pass.wav roar.wav rumble.wav whine.wav
  sox pass.wav pass2.wav fade q 2.0 4.2 2.0 reverb 50 70 100
  level pass2.wav cue-jet.wav -29
}

cue_ship_horn() {
  # A ship's horn across water: a low saw-toned chord, rounded by low-pass filters and a long reverb.
  waves horn.wav 2.2 "sawtooth 87;sawtooth 130.5;sine 87" lowpass 520 lowpass 700 fade q 0.35 2.2 0.7
  sox horn.wav horn2.wav reverb 70 60 100 pad 0 0.6
  level horn2.wav cue-ship-horn.wav -27
}

# pad_chord OUT DUR "f1 f2 ..." ATTACK RELEASE: a soft sustained chord (sine plus a little triangle).
pad_chord() {
  local out="$1" dur="$2" attack="$4" release="$5"
  local spec="" f
  for f in $3; do spec+="sine $f;triangle $f;"; done
  waves "$out" "$dur" "${spec%;}" lowpass 1800 tremolo 5 8 fade q "$attack" "$dur" "$release"
}

# bell OUT FREQ DUR: a soft struck bell (hum note, fundamental, minor third, fifth, octave), decaying.
bell() {
  local f="$2"
  waves "$1" "$3" "$(awk -v f="$f" 'BEGIN{printf "sine %.2f;sine %.2f;sine %.2f;sine %.2f;sine %.2f", f/2, f, f*1.19, f*1.5, f*2}')" \
    lowpass 2400 fade l 0.004 "$3" "$(awk "BEGIN{print $3 - 0.01}")"
}

cue_sting_tension() {
  # Unresolved: D and A low, with E-flat rubbing against them; swells and ebbs without resolving.
  pad_chord t.wav 2.6 "73.42 110 155.56" 0.9 1.2
  sox t.wav t2.wav reverb 60 60 100
  level t2.wav cue-sting-tension.wav -26
}

cue_sting_calm() {
  # A plain D major chord, slow in and slow out.
  pad_chord c.wav 2.6 "146.83 185 220 293.66" 0.35 1.5
  sox c.wav c2.wav reverb 60 60 100
  level c2.wav cue-sting-calm.wav -27
}

cue_ending_historical() {
  # As it happened: an open fifth on D under three unhurried bell strokes, archival and neutral.
  pad_chord base.wav 3.6 "73.42 110 146.83" 0.5 1.6
  bell b.wav 293.66 1.6
  sox b.wav b1.wav vol 0.5 pad 0.3 1.7
  sox b.wav b2.wav vol 0.4 pad 1.2 0.8
  sox b.wav b3.wav vol 0.3 pad 2.1 0
  mix hist.wav base.wav b1.wav b2.wav b3.wav
  sox hist.wav hist2.wav reverb 60 60 100
  level hist2.wav cue-ending-historical.wav -25
}

cue_ending_settled() {
  # A quiet "amen": G major settling onto D major.
  pad_chord g.wav 1.9 "98 146.83 196 246.94" 0.3 0.9
  pad_chord d.wav 2.6 "146.83 185 220 293.66" 0.4 1.5
  sox d.wav d1.wav pad 1.2 0
  mix settled.wav g.wav d1.wav
  sox settled.wav settled2.wav reverb 60 60 100
  level settled2.wav cue-ending-settled.wav -25
}

cue_ending_crisis() {
  # Things went wrong: a distant low boom, then two low notes a semitone apart beating slowly under a
  # tritone, fading away unresolved. Dark, never loud.
  sox -R -n -r "$SR" -c 1 -b 16 boom.wav synth 1.4 brownnoise vol 0.5 lowpass 140 lowpass 140 fade l 0.02 1.4 1.3
  pad_chord drone.wav 3.4 "65.41 69.3 92.5" 1.0 1.8
  sox drone.wav drone1.wav pad 0.2 0
  mix crisis.wav boom.wav drone1.wav
  sox crisis.wav crisis2.wav reverb 70 60 100
  level crisis2.wav cue-ending-crisis.wav -25
}

# ---------------------------------------------------------------------------------------------------------
# The cue list comes from the game's own list, so a new cue without a sound fails here, loudly.

mapfile -t CUES < <(sed -n '/KNOWN_CUES = \[/,/\]/p' "$CUES_TS" | grep -oE "'[a-z0-9-]+'" | tr -d "'")
if [ "${#CUES[@]}" -eq 0 ]; then
  echo "make-sounds: found no cues in $CUES_TS" >&2
  exit 1
fi
for cue in "${CUES[@]}"; do
  fn="cue_${cue//-/_}"
  if ! declare -F "$fn" >/dev/null; then
    echo "make-sounds: cue '$cue' (game/core/cues.ts) has no generator: add a function $fn" >&2
    exit 1
  fi
  "$fn"
done

# ---------------------------------------------------------------------------------------------------------
# Pack into one sprite. Offsets are counted in samples and rounded to milliseconds at the end.

samples() { soxi -s "$1"; }
ms() { awk -v s="$1" -v r="$SR" 'BEGIN{printf "%d", s * 1000 / r + 0.5}'; }

silence gap.wav "$GAP"
GAP_SAMPLES="$(samples gap.wav)"

# The room tone loops, and a decoder may shift the whole sprite by a few tens of milliseconds (mp3 encoder
# delay). So it is stored with LOOP_PAD of its own end before it and of its own start after it: a window
# of one loop length anywhere within ±LOOP_PAD of the declared start is still one seamless period.
pack_room_tone() {
  local len pad
  len="$(soxi -D cue-room-tone.wav)"
  pad="$LOOP_PAD"
  sox cue-room-tone.wav pre.wav trim "$(awk "BEGIN{print $len - $pad}")"
  sox cue-room-tone.wav post.wav trim 0 "$pad"
  join room-packed.wav pre.wav cue-room-tone.wav post.wav
}

parts=(gap.wav)
pos="$GAP_SAMPLES"
json="{"
sep=""
for cue in "${CUES[@]}"; do
  if [ "$cue" = "room-tone" ]; then
    pack_room_tone
    lead="$(samples pre.wav)"
    len="$(samples cue-room-tone.wav)"
    parts+=(room-packed.wav gap.wav)
    json+="$sep\n  \"$cue\": [$(ms $((pos + lead))), $(ms "$len"), true]"
    pos=$((pos + $(samples room-packed.wav) + GAP_SAMPLES))
  else
    len="$(samples "cue-$cue.wav")"
    parts+=("cue-$cue.wav" gap.wav)
    json+="$sep\n  \"$cue\": [$(ms "$pos"), $(ms "$len")]"
    pos=$((pos + len + GAP_SAMPLES))
  fi
  sep=","
done
json+="\n}\n"

join sprite.wav "${parts[@]}"

# A listening check for people who cannot listen: peak and RMS of every cue; nothing may clip.
echo "cue                   peak dBFS   RMS dBFS   length s"
for cue in "${CUES[@]}"; do
  read -r pk rms < <(sox "cue-$cue.wav" -n stats 2>&1 | awk '/^Pk lev dB/{p=$4} /^RMS lev dB/{r=$4} END{print p, r}')
  printf "%-21s %9s %10s %10s\n" "$cue" "$pk" "$rms" "$(soxi -D "cue-$cue.wav")"
  if awk -v p="$pk" 'BEGIN{exit !(p > -1)}'; then
    echo "make-sounds: cue '$cue' peaks at $pk dBFS (too hot)" >&2
    exit 1
  fi
done

mkdir -p "$OUT"
# -bitexact and no metadata: re-running on the same tools gives the same bytes, so git sees no change.
ffmpeg -hide_banner -loglevel error -y -i sprite.wav -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
  -c:a libopus -b:a "${OPUS_KBPS}k" -vbr on -application audio -ac 1 "$OUT/sprite.webm"
ffmpeg -hide_banner -loglevel error -y -i sprite.wav -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
  -c:a libmp3lame -b:a "${MP3_KBPS}k" -ar "$MP3_RATE" -ac 1 "$OUT/sprite.mp3"
printf "%b" "$json" >"$OUT/sprite.json"

ls -l "$OUT"
echo "total: $(du -cb "$OUT"/* | tail -1 | cut -f1) bytes (budget 409600)"
