// Prints twitter-text's parseTweet weightedLength and valid for every text of a JSON array
// (read from the file named on the command line): the reference the X counter is tested against.
'use strict';
const fs = require('fs');
const { parseTweet } = require('twitter-text');

const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = texts.map((text) => {
    const { weightedLength, valid } = parseTweet(text);
    return { weightedLength, valid };
});
process.stdout.write(JSON.stringify(results) + '\n');
