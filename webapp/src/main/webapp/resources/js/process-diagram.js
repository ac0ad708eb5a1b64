/*
 * The report's process diagram: the BPMN of the version its appraisal runs on, drawn by the bpmn-js viewer, with
 * the current step(s) marked "current" and the passed ones "completed" (styles in app.css). The data comes from the
 * page itself (#bpmn-data), so the diagram needs no request of its own and no authorization beyond the page's.
 */
(function () {
    var data = document.getElementById('bpmn-data');
    var container = document.getElementById('bpmn-diagram');
    if (!data || !container || typeof BpmnJS === 'undefined') {
        return;
    }
    var diagram = JSON.parse(data.textContent);
    var viewer = new BpmnJS({ container: container });
    viewer.importXML(diagram.xml).then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        diagram.completed.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'completed');
            }
        });
        diagram.current.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'current');
            }
        });
        canvas.zoom('fit-viewport');
        container.setAttribute('data-rendered', 'true');
    }).catch(function (err) {
        container.setAttribute('data-error', String(err && err.message || err));
    });
})();
