# shellcheck shell=bash
# Shell functions (sourced) that find a section of a 64-bit little-endian ELF file by name, with
# od and dd only, so checking a signature needs neither binutils nor running the file.

# The unsigned little-endian integer of $3 bytes at offset $2 of file $1.
elf_uint() { od -An -t "u$3" -j "$2" -N "$3" "$1" | tr -d ' \n'; }

# Prints "OFFSET SIZE" of section $2 in file $1; fails when the file has no such section.
elf_section() {
    local file=$1 want=$2 shoff shentsize shnum shstrndx strtab want_hex row name
    local -a rows fields
    [ "$(head -c 5 "$file" | od -An -c | tr -d ' ')" = '177ELF002' ] || {
        echo "$file is not a 64-bit ELF file" >&2
        return 1
    }
    shoff=$(elf_uint "$file" 40 8)
    read -r shentsize shnum shstrndx < <(od -An -t u2 -j 58 -N 6 "$file")
    [ "$shentsize" = 64 ] || { echo "$file has unexpected section headers" >&2; return 1; }
    # One row per section header, as eight 64-bit words: name|type, flags, address, offset, size...
    mapfile -t rows < <(od -An -v -t u8 -w64 -j "$shoff" -N $((shnum * 64)) "$file")
    read -ra fields <<<"${rows[$shstrndx]}"
    strtab=$(dd if="$file" iflag=skip_bytes,count_bytes skip="${fields[3]}" count="${fields[4]}" \
        status=none | od -An -v -t x1 | tr -d ' \n')
    want_hex=$(printf '%s' "$want" | od -An -v -t x1 | tr -d ' \n')00
    for row in "${rows[@]}"; do
        read -ra fields <<<"$row"
        name=$((fields[0] & 0xffffffff))
        if [ "${strtab:$((name * 2)):${#want_hex}}" = "$want_hex" ]; then
            echo "${fields[3]} ${fields[4]}"
            return 0
        fi
    done
    echo "$file has no $want section" >&2
    return 1
}

# Prints the text stored in section $2 of file $1, up to its first NUL byte.
elf_section_text() {
    local offset size
    read -r offset size < <(elf_section "$1" "$2") || return 1
    dd if="$1" iflag=skip_bytes,count_bytes skip="$offset" count="$size" status=none | tr -d '\0'
}

# The sha256 (hex) the embedded signature covers: the file with .sha256_sig and .sig_key zeroed.
appimage_digest() {
    local file=$1 copy section offset size
    copy=$(mktemp)
    cp "$file" "$copy"
    for section in .sha256_sig .sig_key; do
        read -r offset size < <(elf_section "$file" "$section") || { rm -f "$copy"; return 1; }
        dd if=/dev/zero of="$copy" oflag=seek_bytes seek="$offset" bs="$size" count=1 \
            conv=notrunc status=none
    done
    sha256sum "$copy" | cut -d ' ' -f 1
    rm -f "$copy"
}
