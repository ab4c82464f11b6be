// Zotero's translation server with one more route, for bench/zotero.py (none of Zotero's code
// is here: this loads a translation-server checkout given on the command line).
//
//   cd <translation-server> && node <repo>/bench/zotero_server.js [port]
//
// The server's own routes (POST /import: Zotero's import translators, items as Zotero's API
// JSON) are unchanged. POST /import-collections runs the same import and also returns the
// collections the translator built ({items, collections}), which /import leaves out: each
// collection as {name, items: [the translator's item ids], collections: [children]}, each
// item with its translator id as `_id`. Listens on 127.0.0.1 only.
'use strict';

process.env.NODE_ENV = 'test'; // the server module then leaves listening to us
const path = require('path');
const root = process.cwd();
const app = require(path.join(root, 'src', 'server.js'));
const Translate = require(path.join(root, 'src', 'translation', 'translate'));
const _ = require(path.join(root, 'node_modules', 'koa-route'));

function collection(c) {
	const kids = c.children || [];
	return {
		name: c.name,
		items: kids.filter(k => k.type === 'item').map(k => String(k.id)),
		collections: kids.filter(k => k.type === 'collection').map(collection),
	};
}

app.use(_.post('/import-collections', async function (ctx) {
	const translate = new Translate.Import();
	translate.setString(ctx.request.body || '');
	const translators = await translate.getTranslators();
	if (!translators.length) {
		ctx.throw(500, 'No suitable translators found', { expose: true });
	}
	translate.setTranslator(translators[0]);
	const items = await translate.translate({ libraryID: 1 });
	const out = [];
	for (const item of items) {
		const api = Zotero.Utilities.Item.itemToAPIJSON(item);
		if (api.length) {
			api[0]._id = item.itemID === undefined ? null : String(item.itemID);
		}
		out.push(...api);
	}
	ctx.set('Content-Type', 'application/json');
	ctx.set('Zotero-Translator-ID', translators[0].translatorID);
	ctx.response.body = JSON.stringify({
		translator: translators[0].label,
		items: out,
		collections: (translate.newCollections || []).map(collection),
	});
}));

const port = parseInt(process.argv[2] || '1969', 10);
app.listen(port, '127.0.0.1');
console.log(`Zotero translation server (with /import-collections) on 127.0.0.1:${port}`);
