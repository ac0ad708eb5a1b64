/*
 * The visual diff: the older version drawn with its removed and changed elements marked, the newer one with its
 * added and changed ones (classes wf-added, wf-removed, wf-changed; styles in app.css), by the bpmn-js viewer whose
 * watermark stays in each drawing. The data comes from the page (#wf-diff-data), like the record page's diagram.
 */
(function () {
    var data = document.getElementById('wf-diff-data');
    if (!data || typeof BpmnJS === 'undefined') {
        return;
    }
    var diff = JSON.parse(data.textContent);
    var MARKS = {
        from: { REMOVED: 'wf-removed', CHANGED: 'wf-changed' },
        to: { ADDED: 'wf-added', CHANGED: 'wf-changed' }
    };

    function draw(side) {
        var container = document.getElementById('wf-diff-' + side);
        var viewer = new BpmnJS({ container: container });
        viewer.importXML(diff[side]).then(function () {
            var canvas = viewer.get('canvas');
            var registry = viewer.get('elementRegistry');
            var marked = [];
            diff.changes.forEach(function (c) {
                var mark = MARKS[side][c.kind];
                if (mark && registry.get(c.id)) {
                    canvas.addMarker(c.id, mark);
                    marked.push(c.id);
                }
            });
            canvas.zoom('fit-viewport');
            container.setAttribute('data-marked', marked.join(' '));
            container.setAttribute('data-rendered', 'true');
        }).catch(function (err) {
            container.setAttribute('data-error', String(err && err.message || err));
        });
    }

    draw('from');
    draw('to');
})();
