// Times twitter-text's parseTweet over the texts of a JSON array (file named on the command
// line) for the given number of rounds, after a warm-up, and prints
// {"texts":N,"seconds":S,"weightedLengthSum":W} so the C++ benchmark can compare in one run.
// Seconds of CPU time (every thread of node: its compiler and collector included), which other
// processes on a busy machine hardly change, as the C++ side measures its own.
'use strict';
const fs = require('fs');
const { parseTweet } = require('twitter-text');

const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const rounds = Number(process.argv[3] || 100);
let sum = 0;
for (let r = 0; r < Math.max(1, rounds / 10); ++r) {
    for (const text of texts)
        sum += parseTweet(text).weightedLength;
}
sum = 0;
const start = process.cpuUsage();
for (let r = 0; r < rounds; ++r) {
    for (const text of texts)
        sum += parseTweet(text).weightedLength;
}
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
process.stdout.write(JSON.stringify({ texts: texts.length * rounds, seconds, weightedLengthSum: sum }) + '\n');
